"use client"
import Link from "next/link"
import { usePathname } from "next/navigation"
import type { Locale } from "@/lib/i18n/locales"
import type { PortalDictionary } from "../dictionary"

type Props = { locale: Locale; labels: PortalDictionary["nav"]; logOut: () => Promise<void> }

const SECTIONS = ["", "/listings", "/lots", "/orders", "/members", "/incomes", "/statements", "/payouts"] as const
const KEYS = ["dashboard", "listings", "lots", "orders", "members", "incomes", "statements", "payouts"] as const

/** The portal's own navigation; the current section is marked for screen readers too. */
export function PortalNav({ locale, labels, logOut }: Props) {
  const pathname = usePathname() ?? ""
  const home = `/${locale}/portal`
  const current = (section: string) => (section ? pathname.startsWith(home + section) : pathname === home)
  return (
    <nav aria-label={labels.label} className="portal-nav">
      <ul>
        {SECTIONS.map((section, i) => (
          <li key={section}>
            <Link href={home + section} aria-current={current(section) ? "page" : undefined}>
              {labels[KEYS[i]]}
            </Link>
          </li>
        ))}
        <li>
          <form action={logOut}>
            <button type="submit" className="link-button">
              {labels.logout}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}
