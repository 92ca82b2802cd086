import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { currentCustomer, customerPurchases } from "@/lib/data/customer"
import { accountDictionary } from "@/lib/i18n/account"
import type { Locale } from "@/lib/i18n/locales"
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
      <section aria-labelledby="orders-title">
        <h2 id="orders-title">{t.orders}</h2>
        {history.purchases.length ? (
          history.purchases.map((purchase) => <PurchaseCard key={purchase.id} purchase={purchase} locale={locale} />)
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
