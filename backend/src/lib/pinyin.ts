import { pinyin } from "pinyin-pro"

// Buyers type Chinese names in pinyin, whole (banli, heishanyang) or by initials (bl, hsy). For each run of Chinese
// characters the document keeps every stretch of 2 to MAX_SYLLABLES syllables as one word, in full and as initials,
// so a query matches whatever part of a name it spells, in Meilisearch (whole words), the Postgres provider
// (lexemes) and the fallback (substrings) alike.
const MAX_SYLLABLES = 5
const CJK_RUN = /[\u3400-\u9fff]+/g

function syllables(run: string): string[] {
  return pinyin(run, { toneType: "none", type: "array", v: true }).map((syllable) => syllable.toLowerCase())
}

function stretches(parts: string[], join: (parts: string[]) => string): string[] {
  const words: string[] = []
  for (let length = 2; length <= Math.min(MAX_SYLLABLES, parts.length); length++) {
    for (let start = 0; start + length <= parts.length; start++) words.push(join(parts.slice(start, start + length)))
  }
  return words
}

/** The pinyin words of Chinese texts: `full` (banli, heishanyang) and `initials` (bl, hsy), each once. */
export function pinyinWords(texts: string[]): { full: string; initials: string } {
  const full = new Set<string>()
  const initials = new Set<string>()
  for (const run of texts.join(" ").match(CJK_RUN) ?? []) {
    const parts = syllables(run)
    stretches(parts, (p) => p.join("")).forEach((word) => full.add(word))
    stretches(parts, (p) => p.map((syllable) => syllable[0]).join("")).forEach((word) => initials.add(word))
  }
  return { full: [...full].join(" "), initials: [...initials].join(" ") }
}
