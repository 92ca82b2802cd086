import { model } from "@medusajs/framework/utils"

// One month × town × category × seller type of online sales (seller orders placed in that Beijing month, not
// cancelled). category "*" holds the order counts of all categories together: an order with chestnuts and tea counts
// once there, once in each category. Rebuilt whole by month (service.replaceMonths); read by the dashboard in SQL.
export const ImpactSales = model
  .define("impact_sales", {
    id: model.id({ prefix: "imps" }).primaryKey(),
    month_index: model.number(),
    town: model.text(),
    category: model.text(),
    seller_type: model.text(),
    sales_fen: model.bigNumber(),
    orders: model.number(),
    parcels: model.number(),
  })
  .indexes([{ on: ["category", "month_index"] }])

export default ImpactSales
