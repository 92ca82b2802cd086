import { purchaseReach, type ReachSupplier } from "./reach"

const households = (town: string, count: number, poor = 0, from = 0): ReachSupplier[] =>
  Array.from({ length: count }, (_, i) => ({ member_id: `${town}-${from + i}`, poor_household: i < poor, town }))

describe("a purchase's household reach", () => {
  it("counts each household once, by town, most first, with the registered-poor apart", () => {
    const twice = households("胜利镇", 6, 5)
    expect(purchaseReach([...twice, ...twice.slice(0, 2), ...households("九资河镇", 5)])).toEqual({
      households: 11,
      poor_households: 5,
      towns: [
        { town: "胜利镇", town_en: "Shengli", households: 6 },
        { town: "九资河镇", town_en: "Jiuzihe", households: 5 },
      ],
    })
  })

  it("hides every group under five, and the smallest shown town beside a single hidden one", () => {
    expect(purchaseReach(households("胜利镇", 3, 1))).toEqual({
      households: "fewer_than_5", poor_households: "fewer_than_5", towns: [{ town: "胜利镇", town_en: "Shengli", households: "fewer_than_5" }],
    })
    // 7 in all, 5 in Shengli and 2 in Hepu: showing 7 and 5 would give Hepu's 2 away.
    const reach = purchaseReach([...households("胜利镇", 5), ...households("河铺镇", 2)])!
    expect(reach.households).toBe(7)
    expect(reach.towns.map((t) => t.households)).toEqual(["fewer_than_5", "fewer_than_5"])
    // Two towns hidden: no single one can be subtracted out.
    const three = purchaseReach([...households("胜利镇", 8), ...households("河铺镇", 2), ...households("大崎镇", 1)])!
    expect(three.towns.map((t) => t.households)).toEqual([8, "fewer_than_5", "fewer_than_5"])
  })

  it("is null when no household supplied the purchase", () => {
    expect(purchaseReach([])).toBeNull()
  })
})
