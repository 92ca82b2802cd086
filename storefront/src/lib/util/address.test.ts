import { addressProblems, emailProblem, fromMedusaAddress, maskPhone, normalizePhone, readAddress, toMedusaAddress, type AddressInput } from "./address"

const valid: AddressInput = { name: "李明", province: "湖北省", city: "黄冈市", district: "罗田县", detail: "凤山镇义水北路 8 号 2 单元 301", phone: "13800138000" }

describe("the Chinese address form", () => {
  it("accepts a complete mainland address", () => {
    expect(addressProblems(valid)).toEqual({})
  })

  it("names every empty field as required", () => {
    const empty = readAddress(() => "   ")
    expect(addressProblems(empty)).toEqual({ name: "required", province: "required", city: "required", district: "required", detail: "required", phone: "required" })
  })

  it.each([
    ["12800138000", "phone"],
    ["1380013800", "phone"],
    ["138001380001", "phone"],
    ["0710-1234567", "phone"],
    ["abcdefghijk", "phone"],
    ["13800138000", undefined],
    ["19912345678", undefined],
    ["138 0013 8000", undefined],
    ["+86 138-0013-8000", undefined],
  ])("phone %s → %s", (phone, problem) => {
    expect(addressProblems({ ...valid, phone }).phone).toBe(problem)
  })

  it("only takes a province of the mainland, and refuses overlong text", () => {
    expect(addressProblems({ ...valid, province: "香港特别行政区" }).province).toBe("province")
    expect(addressProblems({ ...valid, province: "Hubei" }).province).toBe("province")
    expect(addressProblems({ ...valid, detail: "号".repeat(121) }).detail).toBe("tooLong")
  })

  it("reduces a typed phone to its eleven digits", () => {
    expect(normalizePhone(" 138 0013-8000 ")).toBe("13800138000")
    expect(normalizePhone("+8613800138000")).toBe("13800138000")
    expect(normalizePhone("008613800138000")).toBe("13800138000")
  })

  it("maps onto Medusa's address as the purchase contract says", () => {
    expect(toMedusaAddress({ ...valid, phone: "138 0013 8000" })).toEqual({
      first_name: "李明",
      last_name: "",
      province: "湖北省",
      city: "黄冈市",
      address_2: "罗田县",
      address_1: "凤山镇义水北路 8 号 2 单元 301",
      phone: "13800138000",
      country_code: "cn",
    })
    expect(fromMedusaAddress(toMedusaAddress(valid))).toEqual(valid)
    expect(fromMedusaAddress({ first_name: null, country_code: "cn" } as never)).toEqual({ name: "", province: "", city: "", district: "", detail: "", phone: "" })
  })

  it("checks the e-mail", () => {
    expect(emailProblem("")).toBe("required")
    expect(emailProblem("li.ming@example.cn")).toBeNull()
    expect(emailProblem("li.ming@example")).toBe("email")
    expect(emailProblem("li ming@example.cn")).toBe("email")
  })

  it("masks the middle of a phone number", () => {
    expect(maskPhone("13800138000")).toBe("138****8000")
  })
})
