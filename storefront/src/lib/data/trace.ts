import type { Trace } from "@luotian/contract"
import { cache } from "react"
import { readOrNull } from "./store-route"

/** A lot's public trace by its Digital Link's GTIN and lot code (cached 60 s), or null when no such lot is known. */
export const traceOf = cache(async (gtin: string, lot: string) => {
  const data = await readOrNull<{ trace: Trace }>(`/store/trace/${encodeURIComponent(gtin)}/${encodeURIComponent(lot)}`, 60, ["trace"])
  return data?.trace ?? null
})
