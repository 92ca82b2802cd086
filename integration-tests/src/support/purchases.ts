import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { eventually } from "./eventually"

type Api = { get: Function }

/** The ids of the seller orders split from a purchase, read from the database (sellers are never told the purchase). */
export async function sellerPartIds(container: MedusaContainer, purchaseId: string): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["purchase.shares.order.id"],
    filters: { id: purchaseId },
  })
  return ((data[0] as any)?.purchase?.shares ?? []).map((share: any) => share.order.id)
}

/** The seller's own order (as GET /vendors/me/orders shows it) split from the purchase, once the split has run. */
export const sellerOrderOf = (api: Api, container: MedusaContainer, auth: object, purchaseId: string) =>
  eventually(async () => {
    const ids = await sellerPartIds(container, purchaseId)
    const { data } = await api.get("/vendors/me/orders", auth)
    const order = data.orders.find((o: any) => ids.includes(o.id))
    expect(order).toBeDefined()
    return order
  })
