import type { Client } from "pg"

// What the production suite checks in the shape's database, read with plain SQL: the shape's processes are
// separate, so there is no container to ask. Medusa's tables and the links' tables as migrations made them.

const PURCHASE_ORDER = "purchase_purchase_order_order"
const SHARE_ORDER = "purchase_share_order_order"

export async function publishableKey(db: Client): Promise<string> {
  const { rows } = await db.query("SELECT token FROM api_key WHERE type = 'publishable' AND deleted_at IS NULL LIMIT 1")
  return rows[0].token
}

/** The purchases (Medusa orders) the carts were completed into. */
export async function ordersOfCarts(db: Client, carts: string[]): Promise<{ cart_id: string; order_id: string }[]> {
  const { rows } = await db.query("SELECT cart_id, order_id FROM order_cart WHERE cart_id = ANY($1) AND deleted_at IS NULL", [carts])
  return rows
}

/** The seller orders a purchase was split into. */
export async function sellerOrders(db: Client, purchaseOrderId: string): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT so.order_id FROM ${PURCHASE_ORDER} ps
       JOIN share s ON s.purchase_id = ps.purchase_id AND s.deleted_at IS NULL
       JOIN ${SHARE_ORDER} so ON so.share_id = s.id AND so.deleted_at IS NULL
      WHERE ps.order_id = $1 AND ps.deleted_at IS NULL`,
    [purchaseOrderId]
  )
  return rows.map((r) => r.order_id)
}

/** How many sale entries each seller order has in the settlement (exactly one each). */
export async function sales(db: Client, orderIds: string[]) {
  const { rows } = await db.query(
    "SELECT order_id, count(*)::int AS count FROM settlement_entry WHERE order_id = ANY($1) AND kind = 'sale' AND deleted_at IS NULL GROUP BY order_id",
    [orderIds]
  )
  return rows
}

export async function settlementRefunds(db: Client, orderId: string): Promise<number> {
  const { rows } = await db.query("SELECT count(*)::int AS n FROM settlement_entry WHERE order_id = $1 AND kind = 'refund' AND deleted_at IS NULL", [orderId])
  return rows[0].n
}

/** The variant's stock level: stocked, and reserved as the live reservations add up. */
export async function reserved(db: Client, variantId: string) {
  const { rows } = await db.query(
    `SELECT l.stocked_quantity::int AS stocked,
            (SELECT coalesce(sum(r.quantity), 0)::int FROM reservation_item r
              WHERE r.inventory_item_id = l.inventory_item_id AND r.deleted_at IS NULL) AS reserved
       FROM product_variant_inventory_item v JOIN inventory_level l ON l.inventory_item_id = v.inventory_item_id AND l.deleted_at IS NULL
      WHERE v.variant_id = $1 AND v.deleted_at IS NULL`,
    [variantId]
  )
  return rows[0]
}

/** How many live payments each cart's payment collection holds. */
export async function paymentsPerCart(db: Client, carts: string[]) {
  const { rows } = await db.query(
    `SELECT c.cart_id, count(p.id)::int AS payments FROM cart_payment_collection c
       LEFT JOIN payment p ON p.payment_collection_id = c.payment_collection_id AND p.deleted_at IS NULL AND p.canceled_at IS NULL
      WHERE c.cart_id = ANY($1) AND c.deleted_at IS NULL GROUP BY c.cart_id`,
    [carts]
  )
  const byCart = new Map(rows.map((r) => [r.cart_id, r.payments]))
  return carts.map((id) => ({ cart_id: id, payments: byCart.get(id) ?? 0 }))
}

/** The captures and refunds (amounts as exact decimal strings) of a purchase's payment. */
export async function paymentMoney(db: Client, purchaseOrderId: string) {
  const money = async (table: string) =>
    (
      await db.query(
        `SELECT t.amount::text AS amount FROM ${table} t JOIN payment p ON p.id = t.payment_id
           JOIN order_payment_collection o ON o.payment_collection_id = p.payment_collection_id AND o.deleted_at IS NULL
          WHERE o.order_id = $1 AND t.deleted_at IS NULL ORDER BY t.created_at`,
        [purchaseOrderId]
      )
    ).rows.map((r) => r.amount)
  return { captures: await money("capture"), refunds: await money("refund") }
}
