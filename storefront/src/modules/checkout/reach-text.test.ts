import { reachSentence, reachTowns } from "./reach-text"

const shengli = { town: "胜利镇", town_en: "Shengli" }

describe("the household reach line", () => {
  it("names the first town, the households and the registered-poor in both languages", () => {
    const reach = { households: 12, poor_households: 5, towns: [{ ...shengli, households: 7 }, { town: "平湖乡", town_en: "Pinghu", households: 5 }] }
    expect(reachSentence(reach, "zh-CN")).toBe("这笔订单为胜利镇等 12 户农户带来收入，其中 5 户为建档立卡贫困户。")
    expect(reachSentence(reach, "en")).toBe("This purchase brought income to 12 households in Shengli Town and 1 other town, 5 of them registered-poor.")
    expect(reachTowns(reach, "en")).toEqual(["Shengli Town: 7 households", "Pinghu Township: 5 households"])
  })

  it("says fewer than 5 for a hidden group, and nothing when no household supplied it", () => {
    const few = { households: "fewer_than_5" as const, poor_households: "fewer_than_5" as const, towns: [{ ...shengli, households: "fewer_than_5" as const }] }
    expect(reachSentence(few, "zh-CN")).toBe("这笔订单为胜利镇不足 5 户农户带来收入，其中不足 5 户为建档立卡贫困户。")
    expect(reachSentence(few, "en")).toBe("This purchase brought income to fewer than 5 households in Shengli Town, fewer than 5 of them registered-poor.")
    expect(reachTowns(few, "en")).toEqual([])
    expect(reachSentence(null, "en")).toBeNull()
  })
})
