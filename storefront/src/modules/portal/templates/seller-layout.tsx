import { sellerToken } from "@/lib/data/cookies"
import { currentSeller } from "../data"
import { logOut } from "../actions"
import { DEFAULT_LOCALE, isLocale, pick } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { PortalNav } from "../components/portal-nav"
import { StatusBanner } from "../components/status-banner"

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

// Every signed-in page: the portal's navigation, the seller's name and, when pending or suspended, what it may do.
// Each page checks the login itself (it knows where to come back to after logging in).
export default async function SellerLayout({ children, params }: Props) {
  const requested = (await params).locale
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const t = portalDictionary(locale)
  const me = await currentSeller(await sellerToken())
  return (
    <>
      <header className="portal-header">
        <p className="portal-title">
          {t.title}
          {me && <span className="portal-seller"> · {pick(locale, me.seller.name, me.seller.name_en)}</span>}
        </p>
        <PortalNav locale={locale} labels={t.nav} logOut={logOut.bind(null, locale)} />
      </header>
      {me && <StatusBanner status={me.seller.status} locale={locale} />}
      {children}
    </>
  )
}
