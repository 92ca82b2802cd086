import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { toCard } from "../../../search/catalogue/card"
import { searchEngine } from "../../../search/catalogue/engine"
import { searchPostgres } from "../../../search/catalogue/fallback"
import { CatalogueQuery } from "../../../search/catalogue/query"

const ENGINE = process.env.MEILISEARCH_HOST ? "meilisearch" : "postgres"
const HAS_CJK = /[\u3400-\u9fff]/

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as CatalogueQuery
  const fromPostgres = () => {
    const graph = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    return searchPostgres((config) => graph.graph(config as any), query)
  }
  // "postgres-fallback" marks answers read straight from the product tables rather than from a search index.
  let source = ENGINE
  let result
  if (ENGINE === "postgres" && query.q && HAS_CJK.test(query.q)) {
    // The Postgres provider's full-text search has no Chinese tokenizer.
    source = "postgres-fallback"
    result = await fromPostgres()
  } else {
    try {
      result = await searchEngine(req.scope.resolve(Modules.SEARCH), query)
    } catch (error) {
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Catalogue search: ${ENGINE} failed (${(error as Error).message}); answering from Postgres`)
      source = "postgres-fallback"
      result = await fromPostgres()
    }
  }
  res.json({ hits: result.hits.map(toCard), count: result.count, limit: query.limit, offset: query.offset, facets: result.facets, source })
}
