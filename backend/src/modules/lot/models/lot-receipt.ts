import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

// Packs of one pack size (a product variant) made from a lot and added to that size's stock: how much of the lot is
// on sale, and (for allocation later) which sizes it went into.
export const LotReceipt = model.define("lot_receipt", {
  id: model.id({ prefix: "lrcpt" }).primaryKey(),
  variant_id: model.text(),
  packs: model.number(),
  // The packs' total in the lot's unit (net weight × packs for a kg lot), taken off what remains.
  quantity: model.bigNumber(),
  lot: model.belongsTo(() => Lot, { mappedBy: "receipts" }),
})

export default LotReceipt
