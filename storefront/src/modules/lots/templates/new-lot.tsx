import type { Metadata } from "next"
import Link from "next/link"
import { listings, members, portalSession } from "@/modules/portal/data"
import { ActionForm, type FieldSpec } from "@/modules/portal/components/action-form"
import { portalDictionary } from "@/modules/portal/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { createLot } from "../actions"
import { lotsDictionary } from "../dictionary"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: lotsDictionary((await params).locale).form.title, robots: { index: false } }
}

/** Records a lot of one of the seller's products, with a quantity for each member household that supplied it. */
export default async function NewLotPage({ params }: Props) {
  const { locale } = await params
  const session = await portalSession(locale, `/${locale}/portal/lots/new`)
  const [products, households] = await Promise.all([listings(session), members(session)])
  const t = lotsDictionary(locale)
  const f = t.form
  const p = portalDictionary(locale)
  const fields: FieldSpec[] = [
    { name: "product_id", label: f.product, type: "select", required: true, options: products.map((product) => ({ value: product.id, label: pick(locale, product.title, product.metadata.title_en) })) },
    { name: "kind", label: f.kind, type: "select", required: true, options: Object.entries(t.kinds).map(([value, label]) => ({ value, label })) },
    { name: "produced_on", label: f.produced_on, type: "date", required: true },
    { name: "town", label: f.town, required: true, maxLength: 40, value: session.seller.town ?? "" },
    { name: "village", label: f.village, maxLength: 40 },
    { name: "base", label: f.base, maxLength: 60 },
    { name: "quantity", label: f.quantity, type: "number", inputMode: "decimal", required: true },
    { name: "unit", label: f.unit, type: "select", required: true, options: Object.entries(t.unit).map(([value, label]) => ({ value, label })) },
    { name: "code", label: f.code, hint: f.codeHint, maxLength: 20, autoComplete: "off" },
    { name: "best_before", label: f.best_before, type: "date" },
    { name: "storage", label: f.storage, maxLength: 120 },
    { name: "inputs", label: f.inputs, type: "textarea" },
    ...households.map((member): FieldSpec => ({ name: `household_${member.id}`, label: `${f.households} · ${member.name}（${member.village}）`, type: "number", inputMode: "decimal" })),
  ]
  return (
    <>
      <h1>{f.title}</h1>
      <p>
        <Link href={`/${locale}/portal/lots`}>{t.back}</Link>
      </p>
      <p className="hint">{households.length ? f.householdsHint : f.noMembers}</p>
      <ActionForm action={createLot.bind(null, locale)} label={f.title} fields={fields} submit={f.submit} sending={p.sending} serverWords={p.errors.server} />
    </>
  )
}
