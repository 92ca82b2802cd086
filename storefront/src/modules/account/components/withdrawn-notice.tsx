import type { WithdrawnLot } from "@luotian/contract"
import Link from "next/link"
import { accountDictionary } from "@/lib/i18n/account"
import type { Locale } from "@/lib/i18n/locales"

/** The red notice on an order that holds packs of a withdrawn lot: which lot, why, and what the buyer should do. */
export function WithdrawnNotice({ lots, locale }: { lots: WithdrawnLot[]; locale: Locale }) {
  if (!lots.length) return null
  const t = accountDictionary(locale).recall
  return (
    <div role="alert" className="purchase-recall">
      <strong>{t.title}</strong>
      <ul>
        {lots.map((lot) => (
          <li key={lot.code}>
            {t.lot(lot.code, lot.withdrawn_at.slice(0, 10))} · {t.reason}: <span lang="zh-CN">{lot.reason}</span>
            {lot.trace_path && (
              <>
                {" "}
                <Link href={`/${locale}${lot.trace_path}`}>{t.trace}</Link>
              </>
            )}
          </li>
        ))}
      </ul>
      <p>{t.what}</p>
    </div>
  )
}
