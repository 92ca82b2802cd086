import { pinyinWords } from "./pinyin"

describe("pinyin words", () => {
  it("spells every stretch of two to five syllables in full and by initials", () => {
    const { full, initials } = pinyinWords(["罗田黑山羊羊排", "三里畈镇"])
    const words = full.split(" ")
    expect(words).toEqual(expect.arrayContaining(["heishanyang", "yangpai", "luotian", "sanlifan", "sanlifanzhen"]))
    expect(initials.split(" ")).toEqual(expect.arrayContaining(["hsy", "lt", "slfz"]))
    // Single syllables would match too much (yang is in every goat product's name, and more).
    expect(words).not.toContain("yang")
  })

  it("spells only Chinese, each word once", () => {
    expect(pinyinWords(["Black goat 2.5 kg", ""])).toEqual({ full: "", initials: "" })
    const { full } = pinyinWords(["板栗", "板栗"])
    expect(full).toBe("banli")
  })
})
