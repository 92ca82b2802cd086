import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { STATION_PICKUP_CODE, type PlaceAssistedOrderBody } from "@luotian/contract"
import { STATION_MODULE } from "../../modules/station"
import type StationModuleService from "../../modules/station/service"
import { completePurchaseWorkflow } from "../seller-order/complete-purchase"
import { recordAssistedOrderStep } from "./steps/assisted-order"

type Station = { id: string; name: string; town: string; address: string }
type Input = PlaceAssistedOrderBody & { station: Station; user_id: string }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
/** The "pay at the station" provider: cash at hand-over captures each seller order's share. */
const PAY_AT_STATION = "pp_system_default"

/** Completing the cart (checkout's own split, seller orders, pickup links) and recording the villager: all or nothing. */
export const completeAssistedOrderWorkflow = createWorkflow(
  "complete-assisted-order",
  (input: Omit<Input, "items" | "station"> & { cart_id: string; station_id: string }) => {
    const purchase = completePurchaseWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    const recorded = recordAssistedOrderStep(
      transform({ input, purchase }, ({ input, purchase }) => ({
        station_id: input.station_id,
        idempotency_key: input.idempotency_key,
        villager: input.villager,
        placed_by: input.user_id,
        purchase_id: purchase.id,
      }))
    )
    return new WorkflowResponse({ purchase_id: purchase.id, id: recorded.id, code: recorded.code })
  }
)

/** Each pack size on sale in the CNY region's store: an unknown or unpublished one is refused, naming its line. */
async function checkItems(container: MedusaContainer, items: Input["items"]) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id", "product.status", "product.seller.id"],
    filters: { id: items.map((item) => item.variant_id) },
  })
  const onSale = new Set(data.filter((v: any) => v.product?.status === "published" && v.product?.seller?.id).map((v: any) => v.id))
  const i = items.findIndex((item) => !onSale.has(item.variant_id))
  if (i >= 0) throw invalid(`items.${i}.variant_id: no pack size on sale has this id`)
}

async function newCart(container: MedusaContainer, input: Input) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "cny" } })
  if (!regions[0]) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "region: the store has no CNY region")
  // The station's address with the villager's name: what the seller labels the parcel with. No phone: that stays here.
  const address = { first_name: input.villager.name, company: input.station.name, address_1: input.station.address, city: input.station.town, province: "湖北省", country_code: "cn" }
  const { result: cart } = await createCartWorkflow(container).run({
    input: { region_id: regions[0].id, currency_code: "cny", items: input.items, shipping_address: address, billing_address: address },
  })
  return cart.id
}

/** Every seller's delivery: pickup at this station (the association's rate). A seller without it is refused. */
async function pickAtStation(container: MedusaContainer, cartId: string, stationId: string) {
  const { data: [cart] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["items.product.shipping_profile.id", "items.product.seller.name"],
    filters: { id: cartId },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cartId } })
  const chosen = new Set<string>()
  for (const item of (cart as any).items) {
    const profile = item.product.shipping_profile?.id
    const option = (options as any[]).find((o) => o.shipping_profile_id === profile && o.type?.code === STATION_PICKUP_CODE)
    if (!option) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `items: ${item.product.seller?.name ?? "a seller"} does not offer pickup at a station`)
    chosen.add(option.id)
  }
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cartId, options: [...chosen].map((id) => ({ id, data: { station_id: stationId } })) },
  })
}

async function payAtStation(container: MedusaContainer, cartId: string) {
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: PAY_AT_STATION } })
}

/**
 * 代购: a station's operator orders for a villager. The cart is Medusa's (created, delivered per seller to this station,
 * paid at the station), completed by checkout's own workflow, so the purchase splits into seller orders and parcels
 * exactly like a buyer's station pickup. Under a lock per station and key: a second send of the same order waits and
 * answers the order already placed (without its code, given once). A refusal before completion (stock, a seller
 * without pickup) leaves only an open cart no one holds the id of; completion and the villager's record are one workflow.
 */
export async function placeAssistedOrder(container: MedusaContainer, input: Input) {
  const key = `assisted-order:${input.station.id}:${input.idempotency_key}`
  return (await container.resolve(Modules.LOCKING).execute(key, async () => {
    const stations = container.resolve<StationModuleService>(STATION_MODULE)
    const [placed] = await stations.listStationAssistedOrders({ station_id: input.station.id, idempotency_key: input.idempotency_key })
    if (placed) return { id: placed.id, code: null as string | null }
    await checkItems(container, input.items)
    const cartId = await newCart(container, input)
    await pickAtStation(container, cartId, input.station.id)
    await payAtStation(container, cartId)
    const { villager, idempotency_key, user_id } = input
    const { result } = await completeAssistedOrderWorkflow(container).run({
      input: { cart_id: cartId, station_id: input.station.id, villager, idempotency_key, user_id },
    })
    return { id: result.id as string, code: result.code as string | null }
  }, { timeout: 60 })) as { id: string; code: string | null }
}
