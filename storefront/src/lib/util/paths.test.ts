import { handleFromPath, PRODUCT_HANDLE, productPath, SELLER_HANDLE, sellerPath } from "./paths"

describe("paths", () => {
  it("encodes handles into locale paths", () => {
    expect(productPath("en", "罗田鲜板栗-特级-2kg")).toBe("/en/products/%E7%BD%97%E7%94%B0%E9%B2%9C%E6%9D%BF%E6%A0%97-%E7%89%B9%E7%BA%A7-2kg")
    expect(sellerPath("zh-CN", "chen-family-chestnut")).toBe("/zh-CN/sellers/chen-family-chestnut")
  })

  it("reads product handles, Chinese ones too, and refuses malformed ones", () => {
    expect(handleFromPath("%E7%BD%97%E7%94%B0-2kg", PRODUCT_HANDLE)).toBe("罗田-2kg")
    expect(handleFromPath("罗田-2kg", PRODUCT_HANDLE)).toBe("罗田-2kg")
    expect(handleFromPath("old-tree-chestnut-special-2-5kg", PRODUCT_HANDLE)).toBe("old-tree-chestnut-special-2-5kg")
    for (const bad of ["%E7%BD", "a%2Fb", "a.b", "", "x".repeat(201)]) expect([bad, handleFromPath(bad, PRODUCT_HANDLE)]).toEqual([bad, null])
  })

  it("reads seller handles as registration makes them", () => {
    expect(handleFromPath("chen-family-chestnut", SELLER_HANDLE)).toBe("chen-family-chestnut")
    for (const bad of ["Chen", "陈家", "a--b", "-a", "a_b", "a".repeat(65)]) expect([bad, handleFromPath(bad, SELLER_HANDLE)]).toEqual([bad, null])
  })
})
