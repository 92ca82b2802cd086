import { z } from "zod"

// A group of words buyers use for the same thing (栗子 / 板栗 / chestnut): a query for one finds the others. The
// association edits them; the search engine and the Postgres fallback both apply them.
export const SYNONYM_WORDS_MAX = 20
export const SYNONYM_WORD_LENGTH_MAX = 40

const word = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(SYNONYM_WORD_LENGTH_MAX, `must be at most ${SYNONYM_WORD_LENGTH_MAX} characters`)
  .refine((value) => !value.includes("\u0000"), "must not contain NUL")

export const synonymGroupInputSchema = z
  .object({
    words: z
      .array(word)
      .min(1, "needs at least one word")
      .max(SYNONYM_WORDS_MAX, `takes at most ${SYNONYM_WORDS_MAX} words`),
  })
  .strict()
export type SynonymGroupInput = z.infer<typeof synonymGroupInputSchema>

export type SynonymGroup = { id: string; words: string[]; created_at: string }

/** How a word is compared: Unicode-normalised, lower case, single spaces. */
export const normaliseSynonym = (value: string) => value.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ")
