// Which Next process renders a page. Each process keeps its cache in its own memory (next-processes.cjs), so a page
// goes to the same one: else every process renders it once, and a buyer's second visit may miss the cache.
const { catalogueKeyOfSearch } = require("@luotian/contract")

/**
 * How many more requests in flight than the least busy process a page's own process may have before the page goes to
 * the least busy one instead: consistent hashing with bounded loads (HAProxy's hash-balance-factor). Under a burst of
 * new pages, hashing alone could queue most of them on one process while the other idled; the price is a page now
 * and then rendered by a process that will not keep it for its next visit. Measured in bench/README.md.
 */
const SPILL = 2

/**
 * The page a request asks for, the same for every address of it: a search or category page by its catalogue state
 * (the middleware's cache key), not by the order of its query or a tracking parameter; any other page by its path.
 * Null for what no process keeps (its assets, API routes, anything but a read).
 */
function pageOf(method, address) {
  if (method !== "GET" && method !== "HEAD") return null
  const url = new URL(address, "http://front")
  if (url.pathname.startsWith("/_next/") || url.pathname.startsWith("/api/")) return null
  const [, locale, section, rest] = url.pathname.split("/")
  if (section !== "products" || rest !== undefined) return url.pathname
  return `/${locale}/products?${catalogueKeyOfSearch(url.searchParams) ?? url.search}`
}

/** The process (0 to count - 1) that renders `page`: its FNV-1a hash, so pages spread evenly over the processes. */
function processFor(page, count) {
  let hash = 0x811c9dc5
  for (const byte of Buffer.from(page)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
  return hash % count
}

module.exports = { pageOf, processFor, SPILL }
