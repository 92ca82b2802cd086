import fs from "node:fs"
import os from "node:os"
import path from "node:path"
const { startMeilisearch } = require("../../../scripts/lib/meilisearch.cjs")
const { freePort } = require("../../../scripts/lib/processes.cjs")

/** A Meilisearch of the suite's own, on a free loopback port with a fresh data folder. */
export async function suiteMeilisearch(): Promise<{ host: string; key: string; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "luotian-meili-"))
  const meili = await startMeilisearch({ dir, port: await freePort(), quiet: true })
  return {
    ...meili,
    stop: async () => {
      await meili.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
