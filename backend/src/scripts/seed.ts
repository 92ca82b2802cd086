import { writeFileSync } from "node:fs"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../modules/seller"
import SellerModuleService from "../modules/seller/service"
import mergePackSizes from "./merge-pack-sizes"
import { seedCatalogue } from "./seed-data/catalogue"
import { seedInspections, seedStandards } from "./seed-data/grading"
import { seedPartnerAccounts } from "./seed-data/partner-accounts"
import { seedPartnerPurchases } from "./seed-data/partner-purchases"
import { seedLots } from "./seed-data/lots"
import { seedPartners } from "./seed-data/partners"
import { seedSellerAccounts } from "./seed-data/seller-accounts"
import { SELLERS } from "./seed-data/sellers"
import { seedPayouts } from "./seed-data/payouts"
import { seedStationAccounts, seedStations } from "./seed-data/stations"
import { seedRouteRates } from "./seed-data/route-rates"
import { seedStore } from "./seed-data/store"
import { seedSynonyms } from "./seed-data/synonyms"
import { reindexCatalogue } from "../search/reindex"
import { seedHouseholdYear } from "./seed-data/household-year"

/**
 * Seeds the store once: `medusa exec ./src/scripts/seed.ts [admin-email admin-password [key-file [seller-logins-file
 * [partner-logins-file [station-logins-file]]]]]`. A second run finds the seeded sellers and seeds nothing (it merges
 * one-size products kept from an older store). With a key file, it writes the storefront's publishable key there either
 * way, for the storefront to read; with logins files, the seeded sellers' portal logins, the demo partner points'
 * owners' logins with a few purchases attributed to the demo points (a demo store only: the HTTP suites' stores start
 * without orders), and the seeded station operators' logins. A demo store (with sellers' logins) also gets a year of
 * household activity (seed-data/household-year).
 */
export default async function seed({ container, args = [] }: ExecArgs) {
  const [email, password, keyFile, sellerLoginsFile, partnerLoginsFile, stationLoginsFile] = args
  await seedOnce(container, email, password)
  await seedSynonyms(container)
  if (sellerLoginsFile) await seedSellerAccounts(container, sellerLoginsFile)
  if (partnerLoginsFile) {
    await seedPartnerAccounts(container, partnerLoginsFile)
    await seedPartnerPurchases(container)
  }
  if (stationLoginsFile) await seedStationAccounts(container, stationLoginsFile)
  // A demo store gets a year of orders, lots, intakes and household incomes (SEED_HOUSEHOLD_YEAR=0 leaves it out).
  if (sellerLoginsFile && process.env.SEED_HOUSEHOLD_YEAR !== "0") {
    const figures = await seedHouseholdYear(container)
    if (figures) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Seed: a year of household activity ${JSON.stringify(figures)}`)
  }
  if (keyFile) {
    const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
    writeFileSync(keyFile, key.token)
  }
}

async function seedOnce(container: ExecArgs["container"], email?: string, password?: string) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const sellers: SellerModuleService = container.resolve(SELLER_MODULE)
  if ((await sellers.listSellers({ handle: SELLERS[0].handle })).length) {
    logger.info("Seed: the Luotian catalogue is already there; nothing to seed.")
    // A store kept from before pack sizes were variants moves over once; later starts find nothing to merge.
    await mergePackSizes({ container, args: [] } as ExecArgs)
    // A store seeded before partner points or lots gets them on its next start.
    await seedPartners(container)
    // Likewise the payout rules and the sellers' payout accounts.
    await seedPayouts(container)
    await seedLots(container)
    // A store seeded before the village stations gets the network, and its sellers the pickup delivery.
    await seedStations(container)
    await seedRouteRates(container)
    return
  }
  // The index needs an active (empty) version first, so the products' own events land in it.
  await activeProductIndex(container)
  const ctx = await seedStore(container)
  await seedStandards(container)
  // The network and the pickup rate first: approving the sellers gives each the pickup delivery at that rate.
  await seedStations(container)
  await seedRouteRates(container)
  const count = await seedCatalogue(container, ctx)
  await seedInspections(container)
  await seedPartners(container)
  await seedPayouts(container)
  const lots = await seedLots(container)
  if (email && password) {
    await createAssociationUser(container, email, password)
  }
  // Bulk loads fill the index in one pass rather than through thousands of product events; swapped into the
  // serving index, so no second version is left beside it.
  await reindexCatalogue(container)
  logger.info(`Seed: ${count} products from ${SELLERS.length} sellers, ${lots} lots; publishable key ${ctx.publishableKey}`)
}

/**
 * Waits for the active version the Search Module gives a new index when the app boots, or makes one after a minute.
 * Its boot seed plans before it takes the index's lock: a reindex of ours between the two would delete the version
 * it planned for, and the boot seed would then point the index at that deleted version (seen in the HTTP suites).
 */
async function activeProductIndex(container: ExecArgs["container"]) {
  const search = container.resolve(Modules.SEARCH)
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const product = (await search.listIndexes()).find((index) => index.name === "product")
    if (product?.status === "ready") return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await search.reindex({ index: "product" })
}

async function createAssociationUser(container: ExecArgs["container"], email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
  if (error || !authIdentity) {
    throw new Error(`Could not register the association user ${email}: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, first_name: "罗田县电子商务协会", last_name: "Brand association" } },
  })
}
