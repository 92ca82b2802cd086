import { digitalLinkPath, gtin13From, type LotOnSale } from "@luotian/contract"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { allocateFefo } from "../../modules/lot/allocation"
import { currentCertificate } from "../../modules/lot/certificates"

type Query = Omit<RemoteQueryFunction, symbol>
const day = (value: unknown) => (value ? new Date(value as string).toISOString().slice(0, 10) : null)

/**
 * The lot the next package of a product ships from: of its active lots' receipts with packs not yet allocated, the
 * one first-expiring-first-out takes first (modules/lot/allocation.ts). Null when no lot has packs left.
 */
export async function lotOnSale(query: Query, product_id: string): Promise<LotOnSale | null> {
  const { data: lots } = await query.graph({
    entity: "lot",
    fields: ["id", "code", "kind", "produced_on", "best_before", "town", "village", "receipts.id", "receipts.variant_id", "receipts.packs", "allocations.receipt_id", "allocations.packs", "certificates.*"],
    filters: { product_id, status: "active" },
  })
  const available = (lots as any[]).flatMap((lot) =>
    (lot.receipts ?? []).map((r: any) => ({
      receipt_id: r.id,
      lot_id: lot.id,
      best_before: lot.best_before ? new Date(lot.best_before).toISOString() : null,
      produced_on: new Date(lot.produced_on).toISOString(),
      packs: r.packs - (lot.allocations ?? []).filter((a: any) => a.receipt_id === r.id).reduce((n: number, a: any) => n + a.packs, 0),
    }))
  )
  const [next] = allocateFefo(available, 1)
  if (!next) return null
  const lot = (lots as any[]).find((l) => l.id === next.lot_id)
  const variant_id = lot.receipts.find((r: any) => r.id === next.receipt_id).variant_id
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["ean"], filters: { id: variant_id } })
  const gtin13 = gtin13From((variants[0] as any)?.ean ?? "")
  const certificate = currentCertificate<any>(lot.certificates ?? [])
  return {
    code: lot.code,
    kind: lot.kind,
    produced_on: day(lot.produced_on)!,
    best_before: day(lot.best_before),
    origin: { town: lot.town, village: lot.village ?? null },
    trace_path: gtin13 ? digitalLinkPath(gtin13, lot.code) : null,
    certificate: certificate
      ? {
          number: certificate.number,
          producer_name: certificate.producer_name,
          producer_origin: certificate.producer_origin,
          issued_at: new Date(certificate.issued_at).toISOString(),
          commitments: certificate.commitments,
          basis: certificate.basis,
        }
      : null,
  }
}
