import { NotFoundMessage } from "@/modules/layout/components/not-found-message"
import "./globals.css"

export const metadata = { title: "页面不存在 · Page not found" }

// Paths outside any locale (the middleware sends almost everything to one) end here.
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body>
        <main>
          <NotFoundMessage />
        </main>
      </body>
    </html>
  )
}
