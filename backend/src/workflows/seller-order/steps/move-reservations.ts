import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type SellerOrder = { order_id: string; items: { id: string; purchase_line_item_id: string }[] }
type Moved = { id: string; line_item_id: string }[]

// The stock reserved at checkout moves from the purchase's items to the seller orders' items, so that
// fulfilling or cancelling a seller order consumes or frees exactly its own reservations.
export const moveReservationsStep = createStep(
  "move-reservations-to-seller-orders",
  async (orders: SellerOrder[], { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const target = new Map(orders.flatMap((order) => order.items.map((item) => [item.purchase_line_item_id, item.id])))
    const reservations = await inventory.listReservationItems({ line_item_id: [...target.keys()] })
    const moves = reservations.map((r) => ({ id: r.id, line_item_id: target.get(r.line_item_id!)! }))
    if (moves.length) await inventory.updateReservationItems(moves)
    const undo: Moved = reservations.map((r) => ({ id: r.id, line_item_id: r.line_item_id! }))
    return new StepResponse(moves, undo)
  },
  async (undo, { container }) => {
    if (undo?.length) await container.resolve(Modules.INVENTORY).updateReservationItems(undo)
  }
)
