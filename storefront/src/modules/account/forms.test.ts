import { fieldError, returnPath } from "./forms"

describe("account forms", () => {
  it("names the first field to correct", () => {
    expect(fieldError({ name: " ", email: "a@b.cn", password: "12345678" })).toEqual({ field: "name", key: "nameMissing" })
    expect(fieldError({ name: "李明", email: "li.ming", password: "12345678" })).toEqual({ field: "email", key: "emailInvalid" })
    expect(fieldError({ email: "li@example.cn", password: "1234567" })).toEqual({ field: "password", key: "passwordShort" })
    expect(fieldError({ name: "李明", email: " li@example.cn ", password: "12345678" })).toBeNull()
  })

  it("returns only to pages of this store", () => {
    expect(returnPath("/en/account", "zh-CN")).toBe("/en/account")
    expect(returnPath("/zh-CN/cart?step=2", "zh-CN")).toBe("/zh-CN/cart?step=2")
    for (const bad of ["//evil.example/zh-CN", "/\\evil.example", "https://evil.example", "/fr/x", "", undefined, 3]) {
      expect(returnPath(bad, "en")).toBe("/en/account")
    }
  })
})
