// The relevance suite's queries (see ../relevance.suite.ts): what a buyer types and what must lead the answer, a
// category (its handle) or a product line (the start of its products' handles: `goat-ribs` leads for goat-ribs-prime).
export type Lead = { category: string } | { product: string }
export type RelevanceQuery = { q: string; kind: "zh" | "en" | "pinyin" | "initials" | "typo" | "generic" | "place"; lead: Lead }

const c = (category: string) => ({ category })
const p = (product: string) => ({ product })

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // Chinese: the catalogue's words, and the everyday ones the synonyms add.
  { q: "板栗", kind: "zh", lead: c("chestnut") },
  { q: "栗子", kind: "zh", lead: c("chestnut") },
  { q: "毛栗", kind: "zh", lead: c("chestnut") },
  { q: "鲜板栗", kind: "zh", lead: c("chestnut") },
  { q: "板栗仁", kind: "zh", lead: p("chestnut-kernels") },
  { q: "糖炒板栗", kind: "zh", lead: p("roasted-chestnut") },
  { q: "茶叶", kind: "zh", lead: c("tea") },
  { q: "绿茶", kind: "zh", lead: c("tea") },
  { q: "茶", kind: "zh", lead: c("tea") },
  { q: "毛尖", kind: "zh", lead: p("maojian") },
  { q: "炒青", kind: "zh", lead: p("stir-fried-green") },
  { q: "羊肉", kind: "zh", lead: c("black-goat") },
  { q: "山羊肉", kind: "zh", lead: c("black-goat") },
  { q: "黑山羊", kind: "zh", lead: c("black-goat") },
  { q: "羊排", kind: "zh", lead: p("goat-ribs") },
  { q: "羊腿", kind: "zh", lead: p("goat-leg") },
  { q: "羊蝎子", kind: "zh", lead: p("goat-spine") },
  { q: "羊肉串", kind: "zh", lead: p("goat-skewers") },
  { q: "羊肉卷", kind: "zh", lead: p("goat-rolls") },
  { q: "半边羊", kind: "zh", lead: p("goat-half") },
  { q: "茯苓", kind: "zh", lead: c("herbs") },
  { q: "云苓", kind: "zh", lead: c("herbs") },
  { q: "茯苓粉", kind: "zh", lead: p("poria-powder") },
  { q: "天麻", kind: "zh", lead: p("gastrodia") },
  { q: "桔梗", kind: "zh", lead: p("platycodon") },
  // English, with the synonyms' words.
  { q: "chestnut", kind: "en", lead: c("chestnut") },
  { q: "chestnuts", kind: "en", lead: c("chestnut") },
  { q: "green tea", kind: "en", lead: c("tea") },
  { q: "tea leaves", kind: "en", lead: c("tea") },
  { q: "mutton", kind: "en", lead: c("black-goat") },
  { q: "lamb", kind: "en", lead: c("black-goat") },
  { q: "sheep", kind: "en", lead: c("black-goat") },
  { q: "goat meat", kind: "en", lead: c("black-goat") },
  { q: "black goat", kind: "en", lead: c("black-goat") },
  { q: "black goat ribs", kind: "en", lead: p("goat-ribs") },
  { q: "goat skewers", kind: "en", lead: p("goat-skewers") },
  { q: "poria", kind: "en", lead: c("herbs") },
  { q: "tuckahoe", kind: "en", lead: c("herbs") },
  { q: "Poria powder", kind: "en", lead: p("poria-powder") },
  { q: "gastrodia", kind: "en", lead: p("gastrodia") },
  { q: "balloon flower", kind: "en", lead: p("platycodon") },
  { q: "peeled chestnut kernels", kind: "en", lead: p("chestnut-kernels") },
  // Pinyin, whole words and initials.
  { q: "banli", kind: "pinyin", lead: c("chestnut") },
  { q: "heishanyang", kind: "pinyin", lead: c("black-goat") },
  { q: "fuling", kind: "pinyin", lead: c("herbs") },
  { q: "fulingpian", kind: "pinyin", lead: c("herbs") },
  { q: "tianma", kind: "pinyin", lead: p("gastrodia") },
  { q: "maojian", kind: "pinyin", lead: p("maojian") },
  { q: "yangpai", kind: "pinyin", lead: p("goat-ribs") },
  { q: "lvcha", kind: "pinyin", lead: c("tea") },
  { q: "bl", kind: "initials", lead: c("chestnut") },
  { q: "hsy", kind: "initials", lead: c("black-goat") },
  { q: "fl", kind: "initials", lead: c("herbs") },
  { q: "mj", kind: "initials", lead: p("maojian") },
  { q: "slz", kind: "initials", lead: c("chestnut") },
  // Typos.
  { q: "chesnut", kind: "typo", lead: c("chestnut") },
  { q: "gastrodea", kind: "typo", lead: p("gastrodia") },
  { q: "porria", kind: "typo", lead: c("herbs") },
  { q: "skewrs", kind: "typo", lead: p("goat-skewers") },
  { q: "heishanyan", kind: "typo", lead: c("black-goat") },
  // Generic words.
  { q: "礼盒", kind: "generic", lead: p("tea-gift") },
  { q: "gift box", kind: "generic", lead: p("tea-gift") },
  { q: "中药材", kind: "generic", lead: c("herbs") },
  { q: "hot pot", kind: "generic", lead: c("black-goat") },
  { q: "明前", kind: "generic", lead: p("maojian") },
  // Towns and sellers.
  { q: "胜利镇", kind: "place", lead: c("chestnut") },
  { q: "九资河", kind: "place", lead: c("herbs") },
  { q: "三里畈", kind: "place", lead: c("black-goat") },
  { q: "匡河", kind: "place", lead: c("tea") },
  { q: "Shengli", kind: "place", lead: c("chestnut") },
  { q: "Sanlifan", kind: "place", lead: c("black-goat") },
  { q: "Kuanghe", kind: "place", lead: c("tea") },
  { q: "锦绣", kind: "place", lead: c("black-goat") },
  { q: "jinxiu", kind: "place", lead: c("black-goat") },
  { q: "云雾茶", kind: "place", lead: c("tea") },
  { q: "陈家", kind: "place", lead: p("old-tree-chestnut") },
  { q: "汪家", kind: "place", lead: c("herbs") },
]

/** Whether the answer's first hit is the expected one. */
export function leads(lead: Lead, hit?: { handle: string; category: { handle: string } }) {
  if (!hit) return false
  return "category" in lead ? hit.category.handle === lead.category : hit.handle.startsWith(`${lead.product}-`)
}
