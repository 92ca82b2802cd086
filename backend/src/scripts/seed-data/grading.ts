import type { MedusaContainer } from "@medusajs/framework/types"
import { StandardInput } from "../../modules/grading/schema"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { recordInspectionWorkflow } from "../../workflows/grading/record-inspection"
import { createStandardWorkflow } from "../../workflows/grading/version-standard"
import { PRODUCTS } from "./products"
import { SAMPLE_LOTS, STANDARDS } from "./standards"

const SEED = { actor_type: "system", actor_id: "seed" }
const INSPECTOR = "罗田县电子商务协会质检组 Brand association inspection team"

/** For each seller and category it sells in, the best grade its seeded products claim. */
export function claimedGrades() {
  const best = new Map<string, { seller: string; category: string; grade: string; rank: number }>()
  for (const product of PRODUCTS) {
    const standard = STANDARDS.find((s) => s.category === product.category)!
    const rank = standard.grades.findIndex((g) => g.code === product.grade) + 1
    const key = `${product.seller} ${product.category}`
    if (!best.has(key) || rank < best.get(key)!.rank) best.set(key, { seller: product.seller, category: product.category, grade: product.grade, rank })
  }
  return [...best.values()]
}

/** The four categories' standards, version 1, checked by the same rules as an edit. Before the catalogue, so that
 * listings can be graded under them. */
export async function seedStandards(container: MedusaContainer) {
  for (const standard of STANDARDS) {
    await createStandardWorkflow(container).run({ input: { standard: StandardInput.parse(standard), ...SEED } })
  }
}

/** One inspection per seeded seller and category it sells in, supporting the best grade its products claim. */
export async function seedInspections(container: MedusaContainer) {
  const sellers = await container.resolve<SellerModuleService>(SELLER_MODULE).listSellers({}, { select: ["id", "handle"] })
  const idOf = new Map(sellers.map((s) => [s.handle, s.id]))
  for (const { seller, category, grade } of claimedGrades()) {
    await recordInspectionWorkflow(container).run({
      input: {
        seller_id: idOf.get(seller)!,
        category,
        lot: `SEED-${category}-${seller}`,
        measurements: SAMPLE_LOTS[category][grade],
        inspector_name: INSPECTOR,
        ...SEED,
      },
    })
  }
}
