import Medusa from "@medusajs/js-sdk"

// Read at request time, so one build serves any backend and publishable key.
export function medusa() {
  return new Medusa({
    baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  })
}
