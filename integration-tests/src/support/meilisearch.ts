import fs from "node:fs"
import os from "node:os"
import path from "node:path"
const { startMeilisearch } = require("../../../scripts/lib/meilisearch.cjs")
const { freePort } = require("../../../scripts/lib/processes.cjs")

type Meili = { host: string; key: string; stop: () => Promise<void> }

/**
 * A Meilisearch of the suite's own, on a free loopback port with a fresh data folder. `down` stops the process and
 * keeps its data, `up` starts it again on the same port (an outage); `stop` ends it and removes the data.
 */
export async function suiteMeilisearch(): Promise<Meili & { down: () => Promise<void>; up: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "luotian-meili-"))
  const port = await freePort()
  let running: Meili | undefined = await startMeilisearch({ dir, port, quiet: true })
  const { host, key } = running!
  const down = async () => {
    await running?.stop()
    running = undefined
  }
  return {
    host,
    key,
    down,
    up: async () => {
      running ??= await startMeilisearch({ dir, port, quiet: true })
    },
    stop: async () => {
      await down()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
