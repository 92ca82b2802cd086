import { writeFileSync } from "node:fs"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productRows } from "../../lib/product-rows"
import { PRODUCT_GRAPH_FIELDS, toCatalogueDocument } from "../../search/catalogue/document"
import { reindexCatalogue } from "../../search/reindex"

/**
 * Times the catalogue rebuild (bench/README.md): `medusa exec ./src/scripts/bench/time-reindex.ts full` runs
 * reindexCatalogue; `phases [batch=2000] [docs-file]` reads every published product one batch at a time as the rebuild
 * does (read, lib/product-rows.ts), builds the documents (build) and, with a file, writes them there one JSON line each,
 * in id order; `graph [batch] [docs-file]` does the same with one Query graph of PRODUCT_GRAPH_FIELDS a batch.
 */
export default async function timeReindex({ container, args = [] }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [mode = "full", batchArg, file] = args
  const started = performance.now()
  if (mode === "full") {
    const result = await reindexCatalogue(container)
    logger.info(`Time reindex: ${JSON.stringify({ ...result, total_s: seconds(performance.now() - started) })}`)
    return
  }
  const batch = Number(batchArg ?? 2000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const lines: string[] = []
  let read = 0
  let count = 0
  let build = 0
  for (let skip = 0; ; skip += batch) {
    const t0 = performance.now()
    const filters = { status: "published" as const }
    const pagination = { skip, take: batch, order: { id: "ASC" } }
    const data = mode === "graph" ? (await query.graph({ entity: "product", fields: PRODUCT_GRAPH_FIELDS, filters, pagination })).data : await productRows(query, PRODUCT_GRAPH_FIELDS, filters, pagination)
    const t1 = performance.now()
    const docs = data.map(toCatalogueDocument).filter((doc) => doc !== null)
    const t2 = performance.now()
    read += t1 - t0
    build += t2 - t1
    logger.info(`Time reindex: batch at ${skip}: ${data.length} products, read ${seconds(t1 - t0)} s, build ${seconds(t2 - t1)} s`)
    count += docs.length
    if (file) docs.forEach((doc) => lines.push(JSON.stringify(doc)))
    if (data.length < batch) break
  }
  if (file) writeFileSync(file, lines.join("\n") + "\n")
  logger.info(`Time reindex: ${JSON.stringify({ batch, documents: count, read_s: seconds(read), build_s: seconds(build), total_s: seconds(performance.now() - started) })}`)
}

const seconds = (ms: number) => (ms / 1000).toFixed(1)
