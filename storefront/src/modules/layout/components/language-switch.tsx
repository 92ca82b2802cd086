"use client"
import Link from "next/link"
import { usePathname, useSearchParams } from "next/navigation"
import type { Locale } from "@/lib/i18n/locales"

// Keeps the page and its query, swapping only the locale segment.
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`
  const search = useSearchParams()?.toString()
  const other = locale === "en" ? "zh-CN" : "en"
  const href = `${pathname.replace(/^\/(zh-CN|en)(?=\/|$)/, `/${other}`)}${search ? `?${search}` : ""}`
  return (
    <Link href={href} hrefLang={other} lang={other} className="language-switch">
      {label}
    </Link>
  )
}
