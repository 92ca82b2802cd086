import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

// What one member household supplied to a lot. The household is the seller module's member, by id only: its
// personal data never leaves that module, and buyers only ever see how many households there were.
export const LotSupply = model
  .define("lot_supply", {
    id: model.id({ prefix: "lsup" }).primaryKey(),
    member_id: model.text(),
    // In the lot's unit.
    quantity: model.bigNumber(),
    lot: model.belongsTo(() => Lot, { mappedBy: "supplies" }),
  })
  .indexes([{ on: ["lot_id", "member_id"], unique: true }, { on: ["member_id"] }])

export default LotSupply
