import type { PublicImpact } from "@luotian/contract"
import { readOrNull } from "./store-route"

/** The county's public impact figures of the last 12 months (cached 5 min); null when the store has none. */
export async function publicImpact(): Promise<PublicImpact | null> {
  const data = await readOrNull<{ impact: PublicImpact }>("/store/impact", 300, ["impact"])
  return data?.impact ?? null
}
