import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

// Packs of a shipped seller-order line that came from a lot's receipt: which package came from which lot, the
// record a recall follows from a lot to the parcels and from a parcel back to its lots. The order is Medusa's.
export const LotAllocation = model
  .define("lot_allocation", {
    id: model.id({ prefix: "lalloc" }).primaryKey(),
    receipt_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    variant_id: model.text(),
    packs: model.number(),
    // Of those packs, how many the buyer sent back and the seller received (last allocated, first returned).
    returned: model.number().default(0),
    lot: model.belongsTo(() => Lot, { mappedBy: "allocations" }),
  })
  .indexes([{ on: ["receipt_id"] }, { on: ["order_id"] }])

export default LotAllocation
