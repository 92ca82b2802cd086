import { basketText, changeBasket, parseBasket } from "./basket"

const A = "variant_01JAAAAAAAAAAAAAAAAAAAAAAA"
const B = "variant_01JBBBBBBBBBBBBBBBBBBBBBBB"

describe("assisted order basket", () => {
  it("reads back what it writes and drops what is malformed", () => {
    const lines = [{ handle: "chestnuts", variant_id: A, quantity: 2 }, { handle: "poria", variant_id: B, quantity: 999 }]
    expect(parseBasket(basketText(lines))).toEqual(lines)
    expect(parseBasket(`chestnuts:${A}:0,x:${B}:1000,bad,Poria:${B}:1,chestnuts:${A}:1.5`)).toEqual([])
    expect(parseBasket(undefined)).toEqual([])
  })

  it("adds to a size's quantity up to 999, and removes it with 0", () => {
    const one = changeBasket([], { handle: "chestnuts", variant_id: A, quantity: 2 })
    expect(changeBasket(one, { handle: "chestnuts", variant_id: A, quantity: 3 })).toEqual([{ handle: "chestnuts", variant_id: A, quantity: 5 }])
    expect(changeBasket(one, { handle: "chestnuts", variant_id: A, quantity: 998 })[0].quantity).toBe(999)
    expect(changeBasket(one, { handle: "chestnuts", variant_id: A, quantity: 0 })).toEqual([])
  })
})
