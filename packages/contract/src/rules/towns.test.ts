import { TOWNS, townNamed } from "./towns"

describe("towns", () => {
  it("lists the county's 12 towns and townships, each once, on the schematic map", () => {
    expect(TOWNS).toHaveLength(12)
    expect(new Set(TOWNS.map((town) => town.code)).size).toBe(12)
    for (const town of TOWNS) expect([town.x, town.y].every((v) => v >= 0 && v <= 100)).toBe(true)
  })

  it("finds a town by its Chinese name with or without its suffix, or by its English name", () => {
    expect(townNamed("胜利镇")?.code).toBe("SL")
    expect(townNamed("胜利")?.code).toBe("SL")
    expect(townNamed(" shengli ")?.code).toBe("SL")
    expect(townNamed("平湖乡")?.code).toBe("PH")
    expect(townNamed("武汉")).toBeUndefined()
    expect(townNamed("")).toBeUndefined()
    expect(townNamed(null)).toBeUndefined()
  })
})
