import Link from "next/link"

export function NotFoundMessage() {
  return (
    <section>
      <h1>页面不存在 · Page not found</h1>
      <p>
        <Link href="/zh-CN">返回首页</Link> · <Link href="/en">Back to the home page</Link>
      </p>
    </section>
  )
}
