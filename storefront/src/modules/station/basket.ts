// 代购: the operator's basket lives in the page's address (no personal data in it: pack sizes and quantities only),
// so the order form works without JavaScript. "handle:variant_id:quantity", comma-separated.

export type BasketLine = { handle: string; variant_id: string; quantity: number }

const LINE = /^([a-z0-9-]{1,120}):(variant_[0-9A-Z]{26}):(\d{1,3})$/
export const MAX_LINES = 30
export const MAX_QUANTITY = 999

/** Pure: the basket an address holds; malformed lines are dropped, a size named twice keeps its last quantity. */
export function parseBasket(text: string | undefined): BasketLine[] {
  const lines = new Map<string, BasketLine>()
  for (const part of (text ?? "").split(",")) {
    const match = LINE.exec(part)
    const quantity = Number(match?.[3])
    if (!match || quantity < 1 || quantity > MAX_QUANTITY) continue
    lines.set(match[2], { handle: match[1], variant_id: match[2], quantity })
  }
  return [...lines.values()].slice(0, MAX_LINES)
}

export const basketText = (lines: BasketLine[]) => lines.map((l) => `${l.handle}:${l.variant_id}:${l.quantity}`).join(",")

/** Pure: the basket with a size added (its quantity raised, at most 999) or, with quantity 0, removed. */
export function changeBasket(lines: BasketLine[], change: BasketLine): BasketLine[] {
  const rest = lines.filter((l) => l.variant_id !== change.variant_id)
  if (change.quantity <= 0) return rest
  const had = lines.find((l) => l.variant_id === change.variant_id)?.quantity ?? 0
  return [...rest, { ...change, quantity: Math.min(MAX_QUANTITY, had + change.quantity) }].slice(0, MAX_LINES)
}
