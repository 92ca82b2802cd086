import type { Metadata } from "next"
import Link from "next/link"
import { standardFor } from "@/lib/data/grades"
import { listing, portalSession } from "../data"
import { setStock, updateListing } from "../actions"
import { pick, type Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { centsToDecimal, formatWeight, toCents } from "@/lib/util/money"
import { bandOf, priceOf, stockOf } from "../utils/listings"
import { ActionForm } from "../components/action-form"
import { ListingForm, type GradeChoice } from "../components/listing-form"
import { ReviewState } from "../components/review-state"
import { PhotoManager } from "../components/photo-manager"
import { addPhotos, removePhoto, reorderPhotos } from "../photo-actions"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).listingForm.editTitle, robots: { index: false } }
}

export default async function EditListingPage({ params }: Props) {
  const { locale, id } = await params
  const session = await portalSession(locale, `/${locale}/portal/listings/${encodeURIComponent(id)}`)
  const product = await listing(session, id)
  const t = portalDictionary(locale)
  const f = t.listingForm
  const meta = product.metadata
  const claimed = product.listing
  const standard = await standardFor(product.categories?.[0]?.handle ?? "")
  const grades: GradeChoice[] = standard?.grades.map((g) => ({ code: g.code, label: pick(locale, g.name, g.name_en), band: bandOf(g) })) ?? []
  // A grade of a superseded standard stays selectable, so that saving other changes does not change it.
  if (claimed && !grades.some((g) => g.code === claimed.grade_code)) {
    grades.unshift({ code: claimed.grade_code, label: pick(locale, claimed.grade?.name ?? claimed.grade_code, claimed.grade?.name_en) })
  }
  const price = priceOf(product)
  const values = {
    grade: claimed?.grade_code ?? "",
    price_cny: price === null ? "" : centsToDecimal(toCents(price), false),
    status: product.status === "published" ? "published" : "draft",
    description: product.description ?? "",
    description_en: meta.description_en ?? "",
  }
  const title = pick(locale, product.title, meta.title_en)
  return (
    <>
      <h1>{f.editTitle}</h1>
      <p className="listing-title">{title}</p>
      <p>
        {formatWeight(claimed?.net_weight_g)} · <ReviewState listing={product} locale={locale} />
      </p>
      <ListingForm
        locale={locale}
        action={updateListing.bind(null, locale, product.id)}
        grades={grades}
        edit={{
          grams: Number(claimed?.net_weight_g ?? 0),
          values,
          statuses: ["published", "draft"].map((value) => ({ value, label: t.listings.statuses[value] })),
        }}
      />
      <PhotoManager
        photos={(product.images ?? []).map((image) => ({ id: image.id, url: image.url, small: image.metadata?.renditions?.webp["320"] ?? image.url }))}
        t={t.photos}
        serverWords={t.errors.server}
        sending={t.sending}
        add={addPhotos.bind(null, locale, product.id)}
        remove={removePhoto.bind(null, locale, product.id)}
        reorder={reorderPhotos.bind(null, locale, product.id)}
      />
      <section aria-labelledby="stock-title" className="portal-panel">
        <h2 id="stock-title">{f.stockTitle}</h2>
        <ActionForm
          action={setStock.bind(null, locale, product.id)}
          fields={[{ name: "stock", label: f.stock, type: "number", inputMode: "numeric", value: String(stockOf(product)) }]}
          submit={f.stockSubmit}
          sending={t.sending}
          serverWords={t.errors.server}
        />
      </section>
      <p>
        <Link href={`/${locale}/portal/listings`}>← {f.back}</Link>
      </p>
    </>
  )
}
