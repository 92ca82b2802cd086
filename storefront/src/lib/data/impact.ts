import type { PublicImpact } from "@luotian/contract"
import { IMPACT } from "./cache-tags"
import { readOrNull } from "./store-route"

/** The county's public impact figures of the last 12 months (cached 5 min); null when the store has none. */
export async function publicImpact(): Promise<PublicImpact | null> {
  const data = await readOrNull<{ impact: PublicImpact }>("/store/impact", 300, [IMPACT])
  return data?.impact ?? null
}
