import { normaliseSynonym } from "@luotian/contract"
import { CatalogueDocument } from "./document"

// How the Postgres fallback matches and ranks a document: every term of the query (a word or a synonym phrase, see
// modules/synonym/rules.ts) must occur in some searchable field, by any of its alternatives; a document ranks by
// the weight of the fields its terms occur in (as the index weighs them), the word as typed above its synonyms, and
// a whole Latin word above a part of one (bl is 板栗's initials before it is the start of "black"). The pinyin
// spells the title and names, so it weighs as they do.
const FIELDS: [keyof CatalogueDocument, number][] = [
  ["title", 5],
  ["title_en", 5],
  ["category_name", 4],
  ["category_name_en", 4],
  ["grade_name", 3],
  ["grade_name_en", 3],
  ["seller_name", 2],
  ["seller_name_en", 2],
  ["town", 2],
  ["town_en", 2],
  ["description", 1],
  ["description_en", 1],
  ["pinyin", 5],
  ["pinyin_initials", 5],
]

const AS_TYPED = 1.5
const PART_OF_WORD = 0.5
const LATIN = /[a-z0-9]/

/** How well the word occurs in the value: 1 whole (or Chinese), PART_OF_WORD inside a Latin word, 0 not at all. */
function occurrence(value: string, word: string): number {
  let at = value.indexOf(word)
  if (at < 0) return 0
  if (!LATIN.test(word)) return 1
  for (; at >= 0; at = value.indexOf(word, at + 1)) {
    const before = value[at - 1] ?? " "
    const after = value[at + word.length] ?? " "
    if (!LATIN.test(before) && !LATIN.test(after)) return 1
  }
  return PART_OF_WORD
}
/** The document's score for the terms, or 0 when some term does not occur in it. */
export function termScore(doc: CatalogueDocument, terms: string[][]): number {
  const fields = FIELDS.map(([field, weight]) => [normaliseSynonym(String(doc[field] ?? "")), weight] as const)
  let score = 0
  for (const alternatives of terms) {
    let best = 0
    alternatives.forEach((word, index) => {
      for (const [value, weight] of fields) {
        best = Math.max(best, occurrence(value, word) * weight * (index === 0 ? AS_TYPED : 1))
      }
    })
    if (!best) return 0
    score += best
  }
  return score
}
