import Link from "next/link"

// Not-found pages get no params, so they speak both languages, each part marked with its own.
export function NotFoundMessage() {
  return (
    <section>
      <h1>
        <span lang="zh-CN">页面不存在</span> · <span lang="en">Page not found</span>
      </h1>
      <p>
        <Link href="/zh-CN" lang="zh-CN">
          返回首页
        </Link>{" "}
        ·{" "}
        <Link href="/en" lang="en">
          Back to the home page
        </Link>
      </p>
    </section>
  )
}
