import Link from "next/link"
import { portalDictionary } from "../dictionary"

// Not-found pages get no params, so they speak both languages.
export function PortalNotFound() {
  const [zh, en] = [portalDictionary("zh-CN").notFound, portalDictionary("en").notFound]
  return (
    <section className="portal-not-found">
      <h1>
        <span lang="zh-CN">{zh.title}</span> · <span lang="en">{en.title}</span>
      </h1>
      <p>
        <Link href="/zh-CN/portal" lang="zh-CN">
          {zh.back}
        </Link>{" "}
        ·{" "}
        <Link href="/en/portal" lang="en">
          {en.back}
        </Link>
      </p>
    </section>
  )
}
