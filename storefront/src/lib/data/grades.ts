import type { PublicStandard } from "@luotian/contract"
import { cache } from "react"
import { medusa } from "./client"

/** The association's standard in force for a category (cached 5 min), or null when the category has none. */
export const standardFor = cache(async (category: string): Promise<PublicStandard | null> => {
  const data = await medusa().client.fetch<{ grade_standards: PublicStandard[] }>("/store/grade-standards", {
    query: { category },
    next: { revalidate: 300, tags: ["grade-standards"] },
  })
  return data.grade_standards[0] ?? null
})
