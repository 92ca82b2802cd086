import { normaliseSynonym } from "@luotian/contract"

// Pure rules of synonym groups: normalising a group, the engine's synonyms setting, and query expansion.

/** The group's words normalised, each once, in the order given. */
export function normaliseWords(words: string[]): string[] {
  return [...new Set(words.map(normaliseSynonym).filter(Boolean))]
}

/** Meilisearch's `synonyms` setting: each word maps to every other word of every group it is in. */
export function engineSynonyms(groups: string[][]): Record<string, string[]> {
  const related = new Map<string, Set<string>>()
  for (const group of groups) {
    for (const word of group) {
      const others = related.get(word) ?? new Set<string>()
      group.filter((other) => other !== word).forEach((other) => others.add(other))
      related.set(word, others)
    }
  }
  const synonyms: Record<string, string[]> = {}
  for (const [word, others] of [...related].sort(([a], [b]) => a.localeCompare(b))) {
    if (others.size) synonyms[word] = [...others].sort()
  }
  return synonyms
}

/**
 * A query as terms, each with the words that also satisfy it: a group's phrase ("green tea", "goat meat") is one
 * term, every other word stands alone. Every term must match; any of its alternatives will do.
 */
export function expandQuery(q: string, groups: string[][]): string[][] {
  const synonyms = engineSynonyms(groups)
  let rest = ` ${normaliseSynonym(q)} `
  const terms: string[][] = []
  // Longest phrases first, so "black goat" is taken before "goat".
  const phrases = Object.keys(synonyms).filter((word) => word.includes(" ")).sort((a, b) => b.length - a.length)
  for (const phrase of phrases) {
    if (rest.includes(` ${phrase} `)) {
      terms.push([phrase, ...synonyms[phrase]])
      rest = rest.replace(` ${phrase} `, " ")
    }
  }
  for (const word of rest.split(" ").filter(Boolean)) terms.push([word, ...(synonyms[word] ?? [])])
  return terms
}
