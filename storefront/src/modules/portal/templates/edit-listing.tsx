import type { Metadata } from "next"
import Link from "next/link"
import { standardFor } from "@/lib/data/grades"
import { listing, portalSession } from "../data"
import { addSize, removeSize, setStock, updateListing } from "../actions"
import { pick, type Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { centsToDecimal, formatCny, toCents } from "@/lib/util/money"
import { bandOf, sizeLabel, sizesOf } from "../utils/listings"
import { Notice } from "@/modules/layout/components/notice"
import { ActionForm } from "../components/action-form"
import { ListingForm, type GradeChoice } from "../components/listing-form"
import { ReviewState } from "../components/review-state"
import { PhotoManager } from "../components/photo-manager"
import { addPhotos, removePhoto, reorderPhotos } from "../photo-actions"

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ done?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).listingForm.editTitle, robots: { index: false } }
}

export default async function EditListingPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  const { done } = await searchParams
  const session = await portalSession(locale, `/${locale}/portal/listings/${encodeURIComponent(id)}`)
  const product = await listing(session, id)
  const t = portalDictionary(locale)
  // Functions cannot cross to a client component: the photo manager gets its words, each photo its label.
  const { photo: photoLabel, added: _added, ...photoTexts } = t.photos
  const f = t.listingForm
  const meta = product.metadata
  const claimed = product.listing
  const standard = await standardFor(product.categories?.[0]?.handle ?? "")
  const grades: GradeChoice[] = standard?.grades.map((g) => ({ code: g.code, label: pick(locale, g.name, g.name_en), band: bandOf(g) })) ?? []
  // A grade of a superseded standard stays selectable, so that saving other changes does not change it.
  if (claimed && !grades.some((g) => g.code === claimed.grade_code)) {
    grades.unshift({ code: claimed.grade_code, label: pick(locale, claimed.grade?.name ?? claimed.grade_code, claimed.grade?.name_en) })
  }
  const sizes = sizesOf(product)
  const values: Record<string, string> = {
    grade: claimed?.grade_code ?? "",
    status: product.status === "published" ? "published" : "draft",
    description: product.description ?? "",
    description_en: meta.description_en ?? "",
    ...Object.fromEntries(sizes.map((size, i) => [`sizes.${i}.price_cny`, size.price === null ? "" : centsToDecimal(toCents(size.price), false)])),
  }
  const band = grades.find((g) => g.code === claimed?.grade_code)?.band
  const forms = { sending: t.sending, serverWords: t.errors.server }
  return (
    <>
      <h1>{f.editTitle}</h1>
      {done && f.done[done] && <Notice>{f.done[done]}</Notice>}
      <p className="listing-title">{pick(locale, product.title, meta.title_en)}</p>
      <p>
        <ReviewState listing={product} locale={locale} />
      </p>
      <ListingForm
        locale={locale}
        action={updateListing.bind(null, locale, product.id)}
        grades={grades}
        edit={{
          sizes: sizes.map((size) => ({ variant_id: size.variant_id, label: sizeLabel(size), grams: size.grams })),
          values,
          statuses: ["published", "draft"].map((value) => ({ value, label: t.listings.statuses[value] })),
        }}
      />
      <PhotoManager
        photos={(product.images ?? []).map((image, i) => ({ id: image.id, url: image.url, small: image.metadata?.renditions?.webp["320"] ?? image.url, label: photoLabel(i + 1) }))}
        t={photoTexts}
        serverWords={t.errors.server}
        sending={t.sending}
        add={addPhotos.bind(null, locale, product.id)}
        remove={removePhoto.bind(null, locale, product.id)}
        reorder={reorderPhotos.bind(null, locale, product.id)}
      />
      <section aria-labelledby="stock-title" className="portal-panel">
        <h2 id="stock-title">{f.stockTitle}</h2>
        <p className="hint">{f.stockHint}</p>
        {sizes.map((size) => (
          <div key={size.variant_id} className="size-stock">
            <h3>{sizeLabel(size)}</h3>
            <ActionForm
              {...forms}
              label={sizeLabel(size)}
              action={setStock.bind(null, locale, product.id)}
              hidden={{ variant_id: size.variant_id }}
              fields={[{ name: "stock", label: f.stock, type: "number", inputMode: "numeric", value: String(size.stock) }]}
              submit={f.stockSubmit}
            />
          </div>
        ))}
      </section>
      <section aria-labelledby="new-size-title" className="portal-panel">
        <h2 id="new-size-title">{f.newSizeTitle}</h2>
        {band && <p className="hint">{f.band(`${formatCny(band.price_min, locale)}–${formatCny(band.price_max, locale)} / ${f.per[band.price_unit]}`)}</p>}
        <ActionForm
          {...forms}
          label={f.newSizeTitle}
          action={addSize.bind(null, locale, product.id)}
          fields={[
            { name: "net_weight_g", label: f.weight, inputMode: "numeric", required: true, hint: f.weightHint },
            { name: "price_cny", label: f.price, inputMode: "decimal", required: true, autoComplete: "off" },
            { name: "stock", label: f.stock, inputMode: "numeric", required: true, value: "0" },
            { name: "gtin", label: f.gtin, inputMode: "numeric", maxLength: 13, autoComplete: "off" },
          ]}
          submit={f.newSizeSubmit}
        />
      </section>
      {sizes.length > 1 && (
        <section aria-labelledby="remove-size-title" className="portal-panel">
          <h2 id="remove-size-title">{f.removeTitle}</h2>
          <p className="hint">{f.removeHint}</p>
          {sizes.map((size) => (
            <ActionForm
              key={size.variant_id}
              {...forms}
              danger
              label={f.removeSize(sizeLabel(size))}
              action={removeSize.bind(null, locale, product.id, size.variant_id)}
              fields={[]}
              submit={f.removeSize(sizeLabel(size))}
            />
          ))}
        </section>
      )}
      <p>
        <Link href={`/${locale}/portal/listings`}>← {f.back}</Link>
      </p>
    </>
  )
}
