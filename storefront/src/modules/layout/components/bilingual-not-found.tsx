import Link from "next/link"
import { dictionary } from "@/lib/i18n/dictionary"

// Not-found pages get no params, so they speak both languages.
export function BilingualNotFound({ what }: { what: "product" | "seller" | "partner" | "lot" }) {
  const [zh, en] = [dictionary("zh-CN").notFound, dictionary("en").notFound]
  return (
    <section>
      <h1>
        <span lang="zh-CN">{zh[what]}</span> · <span lang="en">{en[what]}</span>
      </h1>
      <p>
        <Link href="/zh-CN/products" lang="zh-CN">
          {zh.allProducts}
        </Link>{" "}
        ·{" "}
        <Link href="/en/products" lang="en">
          {en.allProducts}
        </Link>
      </p>
    </section>
  )
}
