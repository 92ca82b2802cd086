import { digitalLinkPath, gtin13From } from "@luotian/contract"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { currentCertificate } from "../../modules/lot/certificates"
import { giFor } from "../../modules/lot/gi"
import type { LabelFacts } from "../../modules/lot/labels"

type Query = Omit<RemoteQueryFunction, symbol>
const day = (value: unknown) => (value ? new Date(value as string).toISOString().slice(0, 10) : null)

/** Why a lot gets no labels yet, as its state stands (the route answers 409 with it). */
export class LabelsRefused extends Error {}
const conflict = (message: string) => new LabelsRefused(message)

/**
 * What the labels of one of the seller's lots print, for one size of its product: `variant_id`, else the size its
 * first receipt went into, else the smallest. Another seller's lot is not found; a withdrawn lot, one without a
 * certificate in force or a size without a GTIN gets no labels.
 */
export async function labelFacts(query: Query, seller_id: string, lot_id: string, variant_id: string | undefined, storefront: string): Promise<LabelFacts> {
  const { data } = await query.graph({
    entity: "lot",
    fields: [
      "id", "code", "kind", "produced_on", "best_before", "town", "status", "receipts.variant_id", "receipts.created_at", "certificates.*",
      "product.title", "product.metadata", "product.variants.id", "product.variants.title", "product.variants.weight", "product.variants.ean",
      "product.listing.name_code", "product.listing.grade.code", "product.listing.grade.name", "product.listing.grade.name_en",
      "product.categories.metadata",
    ],
    filters: { id: lot_id, seller_id },
  })
  const lot = data[0] as any
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot with id: ${lot_id} was not found`)
  if (lot.status !== "active") throw conflict(`lot: ${lot.code} is withdrawn; its packages get no labels`)
  const certificate = currentCertificate<any>(lot.certificates ?? [])
  if (!certificate) throw conflict(`certificate: lot ${lot.code} has no compliance certificate; issue a certificate first`)

  const sizes = [...(lot.product.variants ?? [])].sort((a: any, b: any) => Number(a.weight) - Number(b.weight))
  const received = [...(lot.receipts ?? [])].sort((a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())[0]
  const wanted = variant_id ?? received?.variant_id ?? sizes[0]?.id
  const size = sizes.find((v: any) => v.id === wanted)
  if (!size) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: ${wanted} is not a size of lot ${lot.code}'s product`)
  const gtin13 = gtin13From(size.ean ?? "")
  if (!gtin13) throw conflict(`variant_id: size ${size.title} has no GTIN-13; add one to the size before printing its labels`)

  const listing = lot.product.listing
  return {
    url: `${storefront}${digitalLinkPath(gtin13, lot.code)}`,
    title: lot.product.title,
    title_en: lot.product.metadata?.title_en ?? lot.product.title,
    grade: listing?.grade ? { name: listing.grade.name, name_en: listing.grade.name_en } : null,
    size: size.title,
    lot: lot.code,
    kind: lot.kind,
    produced_on: day(lot.produced_on)!,
    best_before: day(lot.best_before),
    gi: giFor(lot.product.categories?.[0]?.metadata, { name_code: listing?.name_code, town: lot.town, grade_code: listing?.grade?.code }),
    certificate: {
      number: certificate.number,
      producer_name: certificate.producer_name,
      producer_origin: certificate.producer_origin,
      producer_contact: certificate.producer_contact,
      issued_at: new Date(certificate.issued_at).toISOString(),
      basis: certificate.basis ?? [],
    },
  }
}
