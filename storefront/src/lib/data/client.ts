import fs from "node:fs"
import Medusa from "@medusajs/js-sdk"

let keyFromFile: string | undefined

// The key comes from MEDUSA_PUBLISHABLE_KEY, or from the file the backend's seed writes
// (MEDUSA_PUBLISHABLE_KEY_FILE), read at request time so one build serves any store.
function publishableKey() {
  if (process.env.MEDUSA_PUBLISHABLE_KEY) return process.env.MEDUSA_PUBLISHABLE_KEY
  const file = process.env.MEDUSA_PUBLISHABLE_KEY_FILE
  if (!keyFromFile && file && fs.existsSync(file)) keyFromFile = fs.readFileSync(file, "utf8").trim()
  return keyFromFile
}

export function medusa() {
  return new Medusa({
    baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    publishableKey: publishableKey(),
  })
}
