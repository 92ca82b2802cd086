import type { Certificate } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { traceDictionary } from "../dictionary"

/** The lot's certificate in force, as the producer issued it (its text stays in Chinese, as printed). */
export function CertificateFacts({ certificates, locale }: { certificates: Certificate[]; locale: Locale }) {
  const t = traceDictionary(locale)
  const current = certificates.find((c) => c.in_force)
  if (!current) return <p className="muted">{t.noCertificate}</p>
  const unit = current.unit === "kg" ? "kg" : locale === "en" ? "units" : "件"
  const rows: [string, React.ReactNode][] = [
    [t.cert.number, current.number],
    [t.cert.product, <span lang="zh-CN">{current.product_name}</span>],
    [t.cert.quantity, `${current.quantity} ${unit}`],
    [t.cert.producer, <span lang="zh-CN">{current.producer_name}</span>],
    [t.cert.origin, <span lang="zh-CN">{current.producer_origin}</span>],
    [t.cert.contact, current.producer_contact],
    [t.cert.issued, current.issued_at.slice(0, 10)],
  ]
  return (
    <div className="trace-certificate">
      <dl className="product-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{t.cert.commitments}:</p>
      <ul>
        {current.commitments.map((c) => (
          <li key={c}>{t.commitments[c] ?? c}</li>
        ))}
      </ul>
      {current.basis.length > 0 && (
        <p>
          {t.cert.basis}: {current.basis.map((b) => t.bases[b] ?? b).join(locale === "en" ? ", " : "、")}
        </p>
      )}
      {current.supersedes && <p className="muted">{t.cert.corrects(current.supersedes)}</p>}
      {certificates.length > 1 && <p className="muted">{t.cert.superseded(certificates.length - 1)}</p>}
    </div>
  )
}
