// Tells the storefront which of its cached pages are stale (its /api/revalidate route). Tags gathered within
// a short window go in one call, so a bulk load of thousands of products makes a handful of calls, not thousands.
const WINDOW_MS = 500
// A page render that read the old data before the change can store it after the first call; a second call once
// such renders have finished makes the change stick (seen on a loaded machine).
const SETTLE_MS = 5_000
const pending = new Set<string>()
let timer: NodeJS.Timeout | undefined

type Logger = { warn: (message: string) => void }
type Target = { url: string; secret: string }

export function storefrontRevalidation() {
  const url = process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  return url && secret ? { url: `${url.replace(/\/$/, "")}/api/revalidate`, secret } : null
}

export function revalidateStorefront(tags: string[], logger: Logger) {
  const target = storefrontRevalidation()
  if (!target || !tags.length) return
  tags.forEach((tag) => pending.add(tag))
  timer ??= setTimeout(() => flush(target, logger), WINDOW_MS)
}

function flush(target: Target, logger: Logger) {
  timer = undefined
  const tags = [...pending]
  pending.clear()
  void post(target, tags, logger)
  setTimeout(() => void post(target, tags, logger), SETTLE_MS).unref()
}

async function post(target: Target, tags: string[], logger: Logger) {
  for (let i = 0; i < tags.length; i += 500) {
    const batch = tags.slice(i, i + 500)
    // A storefront that is down serves its cached pages until their interval runs out; nothing to retry.
    await fetch(target.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": target.secret },
      body: JSON.stringify({ tags: batch }),
    })
      .then((response) => (response.ok ? undefined : logger.warn(`storefront revalidation answered ${response.status}`)))
      .catch((error) => logger.warn(`storefront revalidation failed: ${error.message}`))
  }
}

type Query = { graph: (config: any) => Promise<{ data: any[] }> }

/** Products changed: the searches, the seller pages and these products' own pages are stale. */
export async function revalidateProducts(query: Query, ids: string[], logger: Logger) {
  if (!storefrontRevalidation()) return
  const { data } = ids.length ? await query.graph({ entity: "product", fields: ["handle"], filters: { id: ids }, withDeleted: true }) : { data: [] }
  revalidateStorefront(["catalogue", "sellers", ...data.map((product) => `product:${product.handle}`)], logger)
}
