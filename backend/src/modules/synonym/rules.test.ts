import { engineSynonyms, expandQuery, normaliseWords } from "./rules"

const GROUPS = [
  ["栗子", "板栗", "chestnut"],
  ["羊肉", "goat meat", "black goat", "goat"],
]

describe("synonym rules", () => {
  it("normalises a group's words once each: NFKC, lower case, single spaces", () => {
    expect(normaliseWords([" Chestnut ", "chestnut", "ＧＯＡＴ  Meat", "板栗"])).toEqual(["chestnut", "goat meat", "板栗"])
  })

  it("maps every word to the others of every group it is in", () => {
    const synonyms = engineSynonyms([...GROUPS, ["goat", "sheep"]])
    expect(synonyms["栗子"]).toEqual(["chestnut", "板栗"])
    expect(synonyms.goat).toEqual(["black goat", "goat meat", "sheep", "羊肉"])
    expect(synonyms.sheep).toEqual(["goat"])
  })

  it("expands each word of a query, a group's phrase as one term", () => {
    expect(expandQuery("Black Goat ribs", GROUPS)).toEqual([
      ["black goat", "goat", "goat meat", "羊肉"],
      ["ribs"],
    ])
    expect(expandQuery("栗子", GROUPS)).toEqual([["栗子", "chestnut", "板栗"]])
    expect(expandQuery("  ", GROUPS)).toEqual([])
  })
})
