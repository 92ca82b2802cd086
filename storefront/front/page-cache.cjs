// The front's micro-cache: public pages kept for a second in memory, so a busy page costs Next one render a second
// instead of one per buyer. What may be kept is decided by what Next says of a page, never by its address: only a
// response Next itself caches for everyone (ISR, `s-maxage`) and that sets no cookie is shared. The one exception:
// every search page (/<locale>/products?q=…) is one page, the search shell the middleware serves for all of them
// (its results are drawn in the browser), so all are kept under the shell's address.
const { LOCALES, isSearchQuery } = require("@luotian/contract")

// Request headers that make a different answer than the page's HTML (client navigation, server actions, logins).
const PERSONAL_OR_PARTIAL = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action", "authorization"]
// What Next varies its pages on; the front keys on the encoding and never keeps a request carrying the others.
const KNOWN_VARY = new Set(["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "accept-encoding"])
// Headers of one connection or one moment, not of the page.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date"])

const SEARCH_PAGES = new Set(LOCALES.map((locale) => `/${locale}/products`))

class PageCache {
  /**
   * ttlMs: how long a page is served as fresh. staleMs: how long after that it may still be served while one
   * request renews it (so no buyer waits for the render; nginx's `proxy_cache_use_stale updating`).
   */
  constructor({ ttlMs = 1000, staleMs = 10_000, maxEntries = 2000, maxBytes = 1024 * 1024, maxTotalBytes = 64 * 1024 * 1024 } = {}) {
    // generation: how many times everything was forgotten; a render begun before that must not be kept after it.
    // bytes: the kept bodies' total, held under maxTotalBytes however many distinct addresses are asked for.
    Object.assign(this, { ttlMs, staleMs, maxEntries, maxBytes, maxTotalBytes, entries: new Map(), generation: 0, bytes: 0 })
  }

  /** The key a GET for a page is kept under (its address and whether the buyer takes gzip), or null: never shared. */
  keyOf(req) {
    if (this.ttlMs <= 0 || req.method !== "GET") return null
    if (req.url.startsWith("/api/") || req.url.startsWith("/_next/")) return null
    if (PERSONAL_OR_PARTIAL.some((name) => req.headers[name] !== undefined)) return null
    return `${PageCache.encoding(req)} ${PageCache.address(req.url)}`
  }

  /** The page a URL is: the search shell's for every search, else the URL itself. */
  static address(url) {
    const at = url.indexOf("?")
    if (at < 0 || !SEARCH_PAGES.has(url.slice(0, at))) return url
    return isSearchQuery(new URLSearchParams(url.slice(at + 1))) ? url.slice(0, at - "products".length) + "search" : url
  }

  /** The one encoding asked of Next for a kept page: gzip if the buyer takes it (Next compresses with nothing else). */
  static encoding(req) {
    return /\bgzip\b(?!\s*;\s*q=0(?:\.0{0,3})?\s*(?:,|$))/i.test(req.headers["accept-encoding"] || "") ? "gzip" : "identity"
  }

  /** Whether Next's answer may be shared with every buyer: a whole public page, no cookie, varying only as expected. */
  storable(status, headers) {
    if (status !== 200 || headers["set-cookie"] !== undefined) return false
    const control = String(headers["cache-control"] || "")
    if (!/\bs-maxage=\d+/.test(control) || /\b(private|no-store|no-cache)\b/.test(control)) return false
    const vary = String(headers.vary || "").split(",").map((name) => name.trim().toLowerCase()).filter(Boolean)
    return vary.every((name) => KNOWN_VARY.has(name))
  }

  /** The kept answer and whether it is still fresh, or null. */
  get(key, now = Date.now()) {
    const entry = this.entries.get(key)
    if (entry && entry.expires + this.staleMs > now) return { ...entry, fresh: entry.expires > now }
    if (entry) this.drop(key)
    return null
  }

  /**
   * Keeps a page's answer (status, headers, whole body) for ttlMs and returns it as `get` would; null if it is too
   * big to keep, or was rendered from before the last clear (`generation` as it was when the render was asked for).
   */
  set(key, status, headers, body, generation, now = Date.now()) {
    if (body.length > this.maxBytes || generation !== this.generation) return null
    const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)))
    kept["content-length"] = String(body.length)
    this.drop(key)
    if (this.full(body.length)) this.evict(now, body.length)
    const entry = { status, headers: kept, body, expires: now + this.ttlMs }
    this.entries.set(key, entry)
    this.bytes += body.length
    return { ...entry, fresh: true }
  }

  full(incoming) {
    return this.entries.size >= this.maxEntries || this.bytes + incoming > this.maxTotalBytes
  }

  /** Drops the entries past serving, then the oldest ones (the map keeps insertion order) until `incoming` fits. */
  evict(now, incoming) {
    for (const [key, entry] of this.entries) if (entry.expires + this.staleMs <= now) this.drop(key)
    while (this.entries.size > 0 && this.full(incoming)) this.drop(this.entries.keys().next().value)
  }

  drop(key) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.body.length
  }

  /** Everything goes: the backend revalidated cached pages, so none kept here may be shown again. */
  clear() {
    this.entries.clear()
    this.bytes = 0
    this.generation += 1
  }
}

module.exports = { PageCache }
