import Link from "next/link"
import "./globals.css"

// Paths outside any locale (the middleware sends almost everything to one) end here.
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body>
        <main>
          <h1>页面不存在 · Page not found</h1>
          <p>
            <Link href="/zh-CN">返回首页</Link> · <Link href="/en">Back to the home page</Link>
          </p>
        </main>
      </body>
    </html>
  )
}
