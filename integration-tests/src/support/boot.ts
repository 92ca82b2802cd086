import { dropPostgresDatabaseTemplate, medusaIntegrationTestRunner, type MedusaSuiteOptions } from "@medusajs/test-utils"
import { backendDir, seedStore } from "./store"

export type SuiteContext = MedusaSuiteOptions
type Suite = (context: SuiteContext) => void

/**
 * Runs many suites on one backend boot (a boot, migrations and seed cost ~40 s each). Every suite starts from the
 * freshly seeded store, as if it had booted alone: before its own setup the database is restored from a template taken
 * after the seed, and after its setup a template is taken that each of its tests starts from (the runner restores it
 * before every test). Suites that need other environment at boot (Stripe, Meilisearch, fee rate) keep their own spec.
 */
export function sharedBoot(suites: Record<string, Suite>) {
  jest.setTimeout(300_000)
  medusaIntegrationTestRunner({
    cwd: backendDir,
    testSuite: (context) => {
      const seeded = `${context.dbConfig.dbName}-seeded`
      beforeAll(async () => {
        await seedStore(context.getContainer())
        await context.dbUtils.snapshot({ templateName: seeded })
      })
      afterAll(async () => {
        await dropPostgresDatabaseTemplate(seeded)
      })
      for (const [name, suite] of Object.entries(suites)) {
        describe(name, () => {
          beforeAll(async () => {
            await context.dbUtils.restore({ templateName: seeded })
          })
          suite(context)
          // Registered after the suite's own beforeAll hooks, so it runs after them.
          beforeAll(async () => {
            await context.dbUtils.snapshot()
          })
        })
      }
    },
  })
}
