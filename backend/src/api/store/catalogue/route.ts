import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { toCard } from "../../../search/catalogue/card"
import { searchEngine } from "../../../search/catalogue/engine"
import { searchPostgres } from "../../../search/catalogue/fallback"
import { CatalogueQuery } from "../../../search/catalogue/query"
import { SYNONYM_MODULE } from "../../../modules/synonym"
import type SynonymModuleService from "../../../modules/synonym/service"

const ENGINE = process.env.MEILISEARCH_HOST ? "meilisearch" : "postgres"
const HAS_CJK = /[\u3400-\u9fff]/

// The query's terms with their synonyms: Meilisearch applies the synonyms itself, Postgres needs them spelt out.
async function expand(req: MedusaRequest, q?: string) {
  return q ? await req.scope.resolve<SynonymModuleService>(SYNONYM_MODULE).expand(q) : []
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as CatalogueQuery
  const terms = ENGINE === "postgres" ? await expand(req, query.q) : undefined
  const fromPostgres = async () => {
    const graph = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    return searchPostgres((config) => graph.graph(config as any), query, terms ?? (await expand(req, query.q)))
  }
  // "postgres-fallback" marks answers read straight from the product tables rather than from a search index.
  let source = ENGINE
  let result
  const withSynonyms = !!terms?.some((alternatives) => alternatives.length > 1)
  if (ENGINE === "postgres" && query.q && (HAS_CJK.test(query.q) || withSynonyms)) {
    // The Postgres provider's full-text search has no Chinese tokenizer, and ANDs the words it is given: a query
    // with synonyms is answered where each of its words can be matched by any of its synonyms.
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
