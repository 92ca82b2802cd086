import type { CartItem } from "../../lib/data/cart"
import { lineName, lineTitle } from "./lines"

const item = (variant_title: string | null): CartItem => ({
  id: "item_1",
  title: "罗田鲜板栗 · 特级",
  variant_title,
  quantity: 1,
  unit_price: 92,
  subtotal: 92,
  total: 92,
  thumbnail: null,
  product_id: "prod_1",
  product_handle: "fresh-chestnut-special",
  variant_id: "variant_1",
  product: { metadata: { title_en: "Fresh chestnuts · Premium grade" } },
})

describe("a cart line's name", () => {
  it("is the product's title in the buyer's language with its pack size", () => {
    expect(lineName(item("2.5kg"), "zh-CN")).toBe("罗田鲜板栗 · 特级 · 2.5kg")
    expect(lineName(item("5kg"), "en")).toBe("Fresh chestnuts · Premium grade · 5kg")
    expect(lineTitle(item("5kg"), "en")).toBe("Fresh chestnuts · Premium grade")
    expect(lineName(item(null), "zh-CN")).toBe("罗田鲜板栗 · 特级")
  })
})
