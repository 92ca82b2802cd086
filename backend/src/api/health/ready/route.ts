import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkReadiness } from "../../../lib/ops/readiness"

// GET /health/ready: 200 when Postgres, and Redis and Meilisearch where configured, answer; else 503 naming the
// failed ones. `/health` (Medusa's) only says the process is up.
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { ready, checks } = await checkReadiness({
    postgres: () => pg.raw("select 1"),
    redisUrl: process.env.REDIS_URL,
    meilisearchHost: process.env.MEILISEARCH_HOST,
  })
  const failed = Object.keys(checks).filter((name) => checks[name] !== "ok")
  res.setHeader("Cache-Control", "no-store")
  if (ready) return void res.status(200).json({ status: "ready", checks })
  res.status(503).json({ status: "unavailable", message: `Not ready: ${failed.map((n) => `${n} ${checks[n]}`).join(", ")}`, checks })
}
