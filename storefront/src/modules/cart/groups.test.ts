import { allDeliveriesChosen, quantityFrom, sellerGroups } from "./groups"

const chen = { id: "sel_chen", handle: "chen-family-chestnut", name: "陈家板栗", name_en: "Chen family chestnuts" }
const poria = { id: "sel_poria", handle: "jiuzihe-poria-coop", name: "九资河茯苓合作社", name_en: "Jiuzihe Poria Cooperative" }
const standard = (id: string) => ({ id, name: "标准快递 Standard delivery", amount: 12 })

describe("cart groups per seller", () => {
  const items = [
    { id: "a", subtotal: 92 },
    { id: "b", subtotal: "176.00" },
    { id: "c", subtotal: 0.1 },
    { id: "d", subtotal: 0.2 },
  ]
  const deliveries = [
    { seller: chen, item_ids: ["a"], options: [standard("so_chen")], selected_option_id: "so_chen" },
    { seller: poria, item_ids: ["b", "c", "d"], options: [standard("so_poria")], selected_option_id: null },
  ]

  it("puts each item with its seller and sums exact cents", () => {
    const groups = sellerGroups(items, deliveries)
    expect(groups.map((g) => [g.seller?.handle, g.items.map((i) => i.id), g.subtotalCents, g.selected?.id ?? null])).toEqual([
      ["chen-family-chestnut", ["a"], 9200n, "so_chen"],
      ["jiuzihe-poria-coop", ["b", "c", "d"], 17630n, null],
    ])
    expect(allDeliveriesChosen(groups)).toBe(false)
  })

  it("keeps items the backend placed with no seller, and drops sellers without items", () => {
    const groups = sellerGroups(items, [{ ...deliveries[0], item_ids: ["a", "gone"] }, { ...deliveries[1], item_ids: [] }])
    expect(groups.map((g) => [g.seller?.handle ?? null, g.items.map((i) => i.id)])).toEqual([
      ["chen-family-chestnut", ["a"]],
      [null, ["b", "c", "d"]],
    ])
    expect(allDeliveriesChosen(groups)).toBe(true)
  })
})

describe("a quantity from a form", () => {
  it.each([
    ["3", 3],
    [" 12 ", 12],
    ["0", 0],
    ["100", null],
    ["-1", null],
    ["2.5", null],
    ["", null],
    [null, null],
  ])("%s → %s", (value, quantity) => {
    expect(quantityFrom(value)).toBe(quantity)
  })
})
