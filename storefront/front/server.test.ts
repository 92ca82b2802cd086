import http from "node:http"
import type { AddressInfo } from "node:net"

const { startFront } = require("./server.cjs")
const { PageCache } = require("./page-cache.cjs")
const { processCount } = require("./next-processes.cjs")
const { pageOf, processFor, SPILL } = require("./affinity.cjs")

// A stand-in for Next behind the front: each path answers with the caching headers Next gives that kind of page,
// and counts what reached it.
const ISR = { "cache-control": "s-maxage=60, stale-while-revalidate=31535940", vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding" }
const PAGES: Record<string, Record<string, string>> = {
  "/zh-CN": ISR,
  "/zh-CN/slow": ISR,
  "/zh-CN/products": ISR,
  "/zh-CN/slow-sellers": ISR,
  "/zh-CN/sellers": ISR,
  "/zh-CN/account": { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" },
  "/zh-CN/welcome": { ...ISR, "set-cookie": "cart=abc; Path=/; HttpOnly" },
  "/zh-CN/by-cookie": { ...ISR, vary: "Cookie" },
}

// Long enough that a busy machine answers two requests well within a page's lifetime.
const [TTL, STALE] = [1000, 1000]
let next: http.Server
let front: { stop: () => Promise<void> }
let base: string
const reached: { url: string; headers: http.IncomingHttpHeaders; body: number }[] = []
let upstreamPort: number

function stubNext(req: http.IncomingMessage, res: http.ServerResponse) {
  let body = 0
  req.on("data", (chunk) => (body += chunk.length))
  req.on("end", () => {
    reached.push({ url: req.url!, headers: req.headers, body })
    const served = reached.filter((r) => r.url === req.url).length
    const answer = () => {
      if (req.url === "/api/revalidate") return res.writeHead(req.headers["x-revalidate-secret"] === "s" ? 200 : 401).end(`{"body":${body}}`)
      if (req.url === "/zh-CN/upload") return res.writeHead(200).end(`{"body":${body}}`)
      const headers = PAGES[req.url!]
      if (!headers) return res.writeHead(404).end("missing")
      res.writeHead(200, { "content-type": "text/html", ...headers })
      res.end(`<p>${req.url} rendered ${served} times for ${req.headers.cookie ?? "nobody"} (${req.headers["accept-encoding"] ?? "identity"})</p>`)
    }
    // An answer that streams until the front goes away (a page still rendering when its buyer leaves).
    if (req.url === "/zh-CN/streaming") return res.writeHead(200, { "content-type": "text/html" }).write("<p>first"), res.once("close", () => reached.push({ url: "closed", headers: {}, body: 0 }))
    if (req.url!.startsWith("/zh-CN/slow")) setTimeout(answer, 150)
    else answer()
  })
}

beforeAll(async () => {
  next = http.createServer(stubNext)
  await new Promise<void>((resolve) => next.listen(0, "127.0.0.1", resolve))
  upstreamPort = (next.address() as AddressInfo).port
  front = await startFront({ upstream: `127.0.0.1:${upstreamPort}`, listenPort: 0, listenHost: "127.0.0.1", pageCache: new PageCache({ ttlMs: TTL, staleMs: STALE }) })
  base = `http://127.0.0.1:${((front as unknown as { server: http.Server }).server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await front.stop()
  await new Promise((resolve) => next.close(resolve))
})

beforeEach(() => (reached.length = 0))

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": "identity", ...headers }, redirect: "manual" })
  return { status: response.status, state: response.headers.get("x-page-cache"), body: await response.text(), headers: response.headers }
}
const reachedFor = (path: string) => reached.filter((r) => r.url === path).length
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("the storefront's front", () => {
  it("serves a public page Next rendered once to the next buyers, renews it unseen once stale, forgets it later", async () => {
    const first = await get("/zh-CN", { cookie: "cart=one" })
    expect(first).toMatchObject({ status: 200, state: "MISS" })
    const second = await get("/zh-CN", { cookie: "cart=two" })
    expect(second).toMatchObject({ status: 200, state: "HIT", body: first.body })
    expect(second.headers.get("content-length")).toBe(String(Buffer.byteLength(first.body)))
    expect(reachedFor("/zh-CN")).toBe(1)
    await sleep(TTL + 50)
    // Past its lifetime the kept page still answers at once, while one request without the buyer's cookie renews it.
    expect(await get("/zh-CN", { cookie: "cart=three" })).toMatchObject({ state: "STALE", body: first.body })
    await sleep(50)
    expect(reachedFor("/zh-CN")).toBe(2)
    expect(reached.at(-1)!.headers.cookie).toBeUndefined()
    const renewed = await get("/zh-CN")
    expect(renewed).toMatchObject({ state: "HIT", body: expect.stringContaining("rendered 2 times for nobody") })
    await sleep(TTL + STALE + 50)
    expect(await get("/zh-CN")).toMatchObject({ state: "MISS" })
  })

  it("keeps gzip and plain answers apart and asks Next for exactly one encoding", async () => {
    const zipped = await fetch(`${base}/zh-CN/products`, { headers: { "accept-encoding": "br, gzip;q=0.8" } })
    expect(zipped.headers.get("x-page-cache")).toBe("MISS")
    await zipped.text()
    expect(reached.at(-1)!.headers["accept-encoding"]).toBe("gzip")
    const plain = await get("/zh-CN/products")
    expect(plain.state).toBe("MISS")
    expect(reached.at(-1)!.headers["accept-encoding"]).toBeUndefined()
    expect(plain.body).toContain("(identity)")
    // A buyer who refuses gzip (q=0) gets the plain page kept above.
    expect(await get("/zh-CN/products", { "accept-encoding": "gzip;q=0, br" })).toMatchObject({ state: "HIT", body: plain.body })
  })

  it("never shares a personal page, one that sets a cookie, or one varying on what the front does not key on", async () => {
    for (const path of ["/zh-CN/account", "/zh-CN/welcome", "/zh-CN/by-cookie"]) {
      const mine = await get(path, { cookie: "session=mine" })
      const theirs = await get(path, { cookie: "session=theirs" })
      expect([mine.state, theirs.state]).toEqual(["BYPASS", "BYPASS"])
      expect(theirs.body).toContain("session=theirs")
      expect(reachedFor(path)).toBe(2)
    }
  })

  it("passes client navigations, logged-in requests and everything but GET straight to Next", async () => {
    await get("/zh-CN")
    for (const headers of [{ rsc: "1" }, { "next-router-prefetch": "1" }, { authorization: "Bearer t" }, { "next-action": "abc" }]) {
      expect((await get("/zh-CN", headers)).state).toBe("BYPASS")
    }
    const head = await fetch(`${base}/zh-CN`, { method: "HEAD" })
    expect(head.headers.get("x-page-cache")).toBe("BYPASS")
    // A 2 MB upload (a server action's photos) streams through whole.
    const upload = await fetch(`${base}/zh-CN/upload`, { method: "POST", body: Buffer.alloc(2 * 1024 * 1024, 1) })
    expect(upload.status).toBe(200)
    expect(await upload.json()).toEqual({ body: 2 * 1024 * 1024 })
  })

  it("forgets every kept page once the backend revalidates, and only then", async () => {
    expect((await get("/zh-CN/sellers")).state).toBe("MISS")
    expect((await get("/zh-CN/sellers")).state).toBe("HIT")
    await fetch(`${base}/api/revalidate`, { method: "POST", body: "{}", headers: { "x-revalidate-secret": "wrong" } })
    expect((await get("/zh-CN/sellers")).state).toBe("HIT")
    const revalidated = await fetch(`${base}/api/revalidate`, { method: "POST", body: "{}", headers: { "x-revalidate-secret": "s" } })
    expect(revalidated.status).toBe(200)
    expect((await get("/zh-CN/sellers")).state).toBe("MISS")
    // A page whose render began before the revalidation is shown to whoever asked, but not kept.
    const rendering = get("/zh-CN/slow-sellers")
    await sleep(50)
    await fetch(`${base}/api/revalidate`, { method: "POST", body: "{}", headers: { "x-revalidate-secret": "s" } })
    expect((await rendering).state).toBe("MISS")
    expect((await get("/zh-CN/slow-sellers")).state).toBe("MISS")
  })

  it("asks Next once for a page many buyers ask for at the same moment", async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => get("/zh-CN/slow")))
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200))
    expect(new Set(answers.map((a) => a.body)).size).toBe(1)
    expect(answers.filter((a) => a.state === "MISS")).toHaveLength(1)
    expect(reachedFor("/zh-CN/slow")).toBe(1)
  })

  it("tells Next the buyer's address after the one the request already carried", async () => {
    await get("/zh-CN/account", { "x-forwarded-for": "203.0.113.9" })
    expect(reached.at(-1)!.headers["x-forwarded-for"]).toMatch(/^203\.0\.113\.9, (::ffff:)?127\.0\.0\.1$/)
  })

  it("stops asking Next once the buyer has left, rather than hold the request open unread", async () => {
    const leaving = new AbortController()
    // A client navigation's request: passed straight through, as the prefetches a closed tab abandons.
    const response = await fetch(`${base}/zh-CN/streaming`, { signal: leaving.signal, headers: { rsc: "1" } })
    expect(new TextDecoder().decode((await response.body!.getReader().read()).value)).toBe("<p>first")
    leaving.abort()
    for (let tries = 0; reachedFor("closed") === 0 && tries < 50; tries++) await sleep(20)
    expect(reachedFor("closed")).toBe(1)
  })

  it("answers 502 with a reason while Next is not there", async () => {
    const alone = await startFront({ upstream: "127.0.0.1:1", listenPort: 0, listenHost: "127.0.0.1", pageCache: new PageCache() })
    try {
      const port = (alone.server.address() as AddressInfo).port
      const response = await fetch(`http://127.0.0.1:${port}/zh-CN`)
      expect(response.status).toBe(502)
      expect(await response.text()).toMatch(/starting or restarting.*ECONNREFUSED/)
    } finally {
      await alone.stop()
    }
  })
})

describe("the front before several Next processes", () => {
  // Two stand-ins for Next processes, each saying which it is; a render takes 100 ms, a slow page's 1 s.
  const seen: string[] = []
  const stub = (name: string) =>
    http.createServer((req, res) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        seen.push(`${name} ${req.method} ${req.url} ${body}`)
        if (req.url === "/api/revalidate") return res.writeHead(body.includes(`refused by ${name}`) ? 401 : 200).end(name)
        const renderMs = req.url?.includes("/slow-") ? 1000 : 100
        setTimeout(() => res.writeHead(200, { "content-type": "text/html", ...ISR }).end(`${name} ${req.url}`), renderMs)
      })
    })
  const servers = [stub("a"), stub("b")]
  let twin: { stop: () => Promise<void>; server: http.Server }
  let at: string

  beforeAll(async () => {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))))
    const upstream = servers.map((server) => `127.0.0.1:${(server.address() as AddressInfo).port}`)
    twin = await startFront({ upstream, listenPort: 0, listenHost: "127.0.0.1", pageCache: new PageCache({ ttlMs: 60_000 }) })
    at = `http://127.0.0.1:${(twin.server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await twin.stop()
    servers.forEach((server) => server.close())
  })

  beforeEach(() => (seen.length = 0))

  it("runs one process per core, at most four, unless told a whole number of them", () => {
    expect(processCount({})).toBeGreaterThanOrEqual(1)
    expect(processCount({})).toBeLessThanOrEqual(4)
    expect(processCount({ FRONT_NEXT_PROCESSES: "6" })).toBe(6)
    for (const wrong of ["0", "1.5", "two", "-1"]) expect(() => processCount({ FRONT_NEXT_PROCESSES: wrong })).toThrow(/FRONT_NEXT_PROCESSES must be a whole number/)
  })

  it("sends each page to the process that keeps it, whatever the order of its query, and spreads the pages", async () => {
    const answer = async (path: string) => {
      const response = await fetch(at + path)
      return `${response.headers.get("x-next")} ${(await response.text()).split(" ")[0]}`
    }
    // Each answer names its process: 1 is the stand-in a, 2 is b.
    const expected = (path: string) => ["1 a", "2 b"][processFor(pageOf("GET", path), 2)]
    const pages = Array.from({ length: 12 }, (_, i) => `/zh-CN/products/lot-${i}`)
    // One after another: no process is busier than the other (a burst is the next test's).
    const answers: string[] = []
    for (const page of pages) answers.push(await answer(page))
    expect(answers).toEqual(pages.map(expected))
    expect(new Set(pages.map(expected)).size).toBe(2)
    // One search page however its query is written: another order, a tracking parameter, a default said out loud.
    const search = ["?q=%E6%9D%BF%E6%A0%97&seller=wang&price_max=80", "?price_max=80&utm_source=wechat&seller=wang&q=板栗&sort=relevance"]
    expect(pageOf("GET", `/zh-CN/products${search[0]}`)).toBe(pageOf("GET", `/zh-CN/products${search[1]}`))
    expect(new Set(await Promise.all(search.map((query) => answer(`/zh-CN/products${query}`))))).toEqual(new Set([expected(`/zh-CN/products${search[0]}`)]))
  })

  it("sends a page to the other process while its own has SPILL more renders in flight", async () => {
    // Pages the stand-in a keeps, `count` of them never asked before.
    const ofA = (prefix: string, count: number) =>
      Array.from({ length: 40 }, (_, i) => `/zh-CN/products/${prefix}-${i}`).filter((path) => processFor(pageOf("GET", path), 2) === 0).slice(0, count)
    const process = async (path: string) => (await fetch(at + path)).headers.get("x-next")
    // All at once, each render long enough to outlast the others' arrival: a renders them until it has SPILL more in
    // flight than b, which renders the rest.
    const names = await Promise.all(ofA("slow-burst", SPILL + 1).map(process))
    expect(names.sort()).toEqual([...Array(SPILL).fill("1"), "2"])
    // Idle again, a's next page goes to a.
    expect(await process(ofA("after", 1)[0])).toBe("1")
  })

  it("sends what is no page to the least busy process", async () => {
    expect(["/_next/static/x.js", "/api/anything"].map((path) => pageOf("GET", path))).toEqual([null, null])
    expect(pageOf("POST", "/zh-CN/cart")).toBeNull()
    const assets = await Promise.all(["a", "b", "c", "d"].map(async (name) => (await fetch(`${at}/_next/static/${name}.js`)).headers.get("x-next")))
    expect(assets.sort()).toEqual(["1", "1", "2", "2"])
  })

  it("tells every process of a revalidation, and answers with the refusal when one refuses it", async () => {
    await fetch(`${at}/zh-CN/kept`)
    const told = await fetch(`${at}/api/revalidate`, { method: "POST", body: '{"tags":["catalogue"]}' })
    expect(told.status).toBe(200)
    expect(seen.filter((line) => line.includes("/api/revalidate")).sort()).toEqual(['a POST /api/revalidate {"tags":["catalogue"]}', 'b POST /api/revalidate {"tags":["catalogue"]}'])
    expect((await fetch(`${at}/zh-CN/kept`)).headers.get("x-page-cache")).toBe("MISS")
    expect((await fetch(`${at}/zh-CN/kept`)).headers.get("x-page-cache")).toBe("HIT")
    const half = await fetch(`${at}/api/revalidate`, { method: "POST", body: '"refused by b"' })
    expect(half.status).toBe(401)
    expect(await half.text()).toBe("b")
    // The process that took it forgot its pages, so the front forgets its own too.
    expect((await fetch(`${at}/zh-CN/kept`)).headers.get("x-page-cache")).toBe("MISS")
  })
})

describe("the front's page cache", () => {
  const page = (bytes: number) => Buffer.alloc(bytes, "x")
  const headers = { "cache-control": "s-maxage=60" }

  it("holds its pages under a total byte budget, dropping the oldest first, and counts what it forgets", () => {
    const cache = new PageCache({ ttlMs: 1000, maxBytes: 400, maxTotalBytes: 1000 })
    for (const key of ["a", "b", "c", "d"]) expect(cache.set(key, 200, headers, page(300), 0, 0)).not.toBeNull()
    // d did not fit beside a, b and c: a, the oldest, went.
    expect([...cache.entries.keys()]).toEqual(["b", "c", "d"])
    expect(cache.bytes).toBe(900)
    // Kept again under its key, a page replaces its old body instead of adding to it.
    cache.set("c", 200, headers, page(100), 0, 0)
    expect(cache.bytes).toBe(700)
    expect(cache.set("big", 200, headers, page(401), 0, 0)).toBeNull()
    // Past serving, a page is dropped when asked for, and its bytes with it.
    expect(cache.get("b", 20_000)).toBeNull()
    expect(cache.bytes).toBe(400)
    cache.clear()
    expect([cache.entries.size, cache.bytes]).toEqual([0, 0])
  })
  it("keeps every search under the search page's address, and every other catalogue state under its own", () => {
    const cache = new PageCache()
    const keyOf = (url: string) => cache.keyOf({ method: "GET", url, headers: {} })
    expect(keyOf("/zh-CN/products?q=%E6%9D%BF%E6%A0%97&grade=special")).toBe("identity /zh-CN/search")
    expect(keyOf("/en/products?sort=newest&q=tea")).toBe("identity /en/search")
    for (const url of ["/zh-CN/products?q=%20&category=tea", "/zh-CN/products?category=tea", "/fr/products?q=tea", "/zh-CN/products/q?q=tea", "/zh-CN/products"]) {
      expect(keyOf(url)).toBe(`identity ${url}`)
    }
  })
})
