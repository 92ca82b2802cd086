import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { currentCustomer, customerMessages, customerPurchases } from "@/lib/data/customer"
import { purchaseReach } from "@/lib/data/purchases"
import { accountDictionary } from "@/lib/i18n/account"
import { pick, type Locale } from "@/lib/i18n/locales"
import { LogoutButton } from "@/modules/account/components/logout-button"
import { PurchaseCard } from "@/modules/account/components/purchase-card"
import { Notice } from "@/modules/layout/components/notice"
import { Pager } from "@/modules/products/components/pager"

const PAGE_SIZE = 10

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ page?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountDictionary((await params).locale).title }
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  const page = Math.max(1, Math.min(1000, Number.parseInt(String((await searchParams).page ?? ""), 10) || 1))
  const self = `/${locale}/account${page > 1 ? `?page=${page}` : ""}`
  const customer = await currentCustomer()
  if (!customer) redirect(`/${locale}/account/login?next=${encodeURIComponent(self)}`)
  const history = await customerPurchases(PAGE_SIZE, (page - 1) * PAGE_SIZE)
  if (!history) redirect(`/${locale}/account/login?next=${encodeURIComponent(self)}`)
  const t = accountDictionary(locale)
  const reaches = await Promise.all(history.purchases.map((purchase) => purchaseReach(purchase.id)))
  const messages = ((await customerMessages()) ?? []).filter((m) => m.template === "parcel-at-station" && m.data.code && m.data.station)
  return (
    <>
      <h1>{t.title}</h1>
      <div className="account-who">
        <p className="account-name">{t.greeting(customer.first_name || customer.email)}</p>
        <p>
          {t.email}: {customer.email}
        </p>
        <LogoutButton locale={locale} />
      </div>
      {messages.length > 0 && (
        <section aria-labelledby="messages-title" className="account-messages">
          <h2 id="messages-title">{t.messages}</h2>
          <ul>
            {messages.map(({ id, data }) => (
              <li key={id}>
                <p>
                  <strong>{t.parcelAtStation(pick(locale, data.station!.name, data.station!.name_en), data.code!)}</strong>
                </p>
                <p>{t.stationWhere(data.station!.address, data.station!.hours)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="orders-title">
        <h2 id="orders-title">{t.orders}</h2>
        {history.purchases.length ? (
          history.purchases.map((purchase, i) => <PurchaseCard key={purchase.id} purchase={purchase} reach={reaches[i]!} locale={locale} />)
        ) : (
          <Notice>
            {t.noOrders} <Link href={`/${locale}/products`}>{t.shop}</Link>
          </Notice>
        )}
        <Pager locale={locale} page={page} pages={Math.ceil(history.count / PAGE_SIZE)} href={(n) => `/${locale}/account${n > 1 ? `?page=${n}` : ""}`} />
      </section>
    </>
  )
}
