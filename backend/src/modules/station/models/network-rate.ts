import { model } from "@medusajs/framework/utils"

// The association's rates for the network, e.g. what a buyer pays for pickup at a station (¥3).
export const NetworkRate = model.define("station_network_rate", {
  id: model.id({ prefix: "snrate" }).primaryKey(),
  code: model.text().unique(),
  currency_code: model.text(),
  amount: model.bigNumber(),
})

export default NetworkRate
