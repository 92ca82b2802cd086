import type { Metadata } from "next"
import Link from "next/link"
import { standardFor } from "@/lib/data/grades"
import { listingCategories, portalSession } from "../data"
import { createListing } from "../actions"
import { pick, type Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { bandOf, usualSizes } from "../utils/listings"
import { Notice } from "@/modules/layout/components/notice"
import { ListingForm } from "../components/listing-form"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ category?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).listingForm.newTitle, robots: { index: false } }
}

// Two steps that work without JavaScript: the category (a GET form), then the listing with that category's
// unified names and its standard's grades and price bands.
export default async function NewListingPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { category: chosen = "" } = await searchParams
  const here = `/${locale}/portal/listings/new${chosen ? `?category=${encodeURIComponent(chosen)}` : ""}`
  await portalSession(locale, here)
  const t = portalDictionary(locale)
  const f = t.listingForm
  const categories = await listingCategories()
  const category = categories.find((c) => c.handle === chosen)
  const standard = category ? await standardFor(category.handle) : null
  return (
    <>
      <h1>{f.newTitle}</h1>
      <p>{f.titleRule}</p>
      <form method="get" className="portal-form category-step">
        <div className="field">
          <label htmlFor="category">{f.chooseCategory}</label>
          <select id="category" name="category" defaultValue={category?.handle}>
            {categories.map((c) => (
              <option key={c.handle} value={c.handle}>
                {pick(locale, c.name, c.name_en)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{f.next}</button>
      </form>
      {category && !standard && <Notice>{f.noStandard}</Notice>}
      {category && standard && (
        <section aria-labelledby="listing-form-title">
          <h2 id="listing-form-title">{pick(locale, category.name, category.name_en)}</h2>
          <p className="hint">
            {standard.code} · {pick(locale, standard.name, standard.name_en)}
          </p>
          <ListingForm
            key={category.handle}
            locale={locale}
            action={createListing.bind(null, locale)}
            grades={standard.grades.map((g) => ({ code: g.code, label: pick(locale, g.name, g.name_en), band: bandOf(g) }))}
            create={{
              category: category.handle,
              names: category.unified_names.map((n) => ({ value: n.code, label: pick(locale, n.zh, n.en) })),
              sizes: usualSizes(category.handle),
            }}
          />
        </section>
      )}
      <p>
        <Link href={`/${locale}/portal/listings`}>← {f.back}</Link>
      </p>
    </>
  )
}
