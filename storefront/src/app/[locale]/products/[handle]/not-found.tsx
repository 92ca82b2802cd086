import Link from "next/link"
import { dictionary } from "@/lib/i18n/dictionary"

// Not-found pages get no params, so this one speaks both languages.
export default function ProductNotFound() {
  const [zh, en] = [dictionary("zh-CN").notFound, dictionary("en").notFound]
  return (
    <section>
      <h1>
        <span lang="zh-CN">{zh.product}</span> · <span lang="en">{en.product}</span>
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
