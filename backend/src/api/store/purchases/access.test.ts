import { mayRead } from "./access"

describe("who may read a purchase", () => {
  const purchase = { customer_id: "cus_buyer", share: null, cart: { id: "cart_01BUYER" } }
  const part = { customer_id: "cus_buyer", share: { id: "shr_1" }, cart: null }

  it("is its customer, or whoever holds the cart it was completed from", () => {
    expect(mayRead(purchase, { customerId: "cus_buyer" })).toBe(true)
    expect(mayRead(purchase, { cartId: "cart_01BUYER" })).toBe(true)
  })

  it("is nobody else: no secret, another customer, another cart, or a guest's order without a customer", () => {
    expect(mayRead(purchase, {})).toBe(false)
    expect(mayRead(purchase, { customerId: "cus_other" })).toBe(false)
    expect(mayRead(purchase, { cartId: "cart_01OTHER" })).toBe(false)
    expect(mayRead(purchase, { cartId: "cart_01BUYE" })).toBe(false)
    expect(mayRead({ ...purchase, customer_id: null }, { customerId: undefined })).toBe(false)
    expect(mayRead({ ...purchase, cart: null }, { cartId: "cart_01BUYER" })).toBe(false)
  })

  it("never reads a seller's part as a purchase, not even for its buyer", () => {
    expect(mayRead(part, { customerId: "cus_buyer" })).toBe(false)
  })
})
