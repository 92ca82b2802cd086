import fs from "node:fs"
import path from "node:path"
import { chromiumForSuite, logInAsStation, stationAccount, storefrontUrl } from "../support/browser"

const { processCount } = require("../../../storefront/front/next-processes.cjs")
const { pageOf, processFor } = require("../../../storefront/front/affinity.cjs")

jest.setTimeout(120_000)

const browser = chromiumForSuite()
const STATION = "SL-ZZS"

/** One request through the storefront's front, with the headers a browser would send. */
async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${storefrontUrl()}${path}`, { headers: { "accept-encoding": "gzip", ...headers }, redirect: "manual" })
  return { status: response.status, front: response.headers.get("x-page-cache"), next: response.headers.get("x-next"), location: response.headers.get("location"), html: await response.text() }
}

/**
 * Whether a page's second visit (with another buyer's cart cookie) gets the first visit's page from the front. An
 * earlier suite's change can reach the storefront between the two (the backend revalidates, the front forgets
 * everything), so a pair that met one is tried again, up to 5 times.
 */
async function keptOnSecondVisit(path: string) {
  for (let pair = 0; pair < 5; pair++) {
    const first = await get(path)
    expect(first.status).toBe(200)
    const again = await get(path, { cookie: "luotian_cart=someone-elses-cart" })
    if ((again.front === "HIT" || again.front === "STALE") && again.html === first.html) return true
  }
  return false
}

// The front keeps public pages (those Next caches for everyone) for a second; nothing personal is ever shared.
describe("the storefront's page cache", () => {
  it("serves public pages Next rendered for everyone again from the front", async () => {
    for (const path of ["/zh-CN", "/en", "/zh-CN/products?category=chestnut", "/zh-CN/products/old-tree-chestnut-special"]) {
      expect({ path, kept: await keptOnSecondVisit(path) }).toEqual({ path, kept: true })
    }
  })

  it("keeps one search page for every search: its results are drawn in the browser", async () => {
    const first = await get(`/zh-CN/products?q=${encodeURIComponent(`板栗 ${Date.now()}`)}`)
    const other = await get(`/zh-CN/products?sort=newest&q=${encodeURIComponent(`tea ${Date.now()}`)}&grade=special`)
    expect([first.status, other.status]).toEqual([200, 200])
    expect(other.front === "HIT" || other.front === "STALE").toBe(true)
    expect(other.html).toBe(first.html)
    // Internal search results are not for search engines; the page itself holds no product.
    expect(first.html).toMatch(/<meta name="robots" content="noindex, ?follow"/)
    expect(first.html).not.toContain("product-card")
    expect((await get(`/en/products?q=tea`)).html).toContain("Search results need JavaScript")
  })

  it("renders in one Next process per core, each keeping its cache in its own memory, none on the shared disk", async () => {
    const processes = processCount()
    const dist = process.env.STOREFRONT_DIST_DIR!
    // What Next writes at run time: pages rendered on demand, and its data cache.
    const written = () =>
      [path.join(dist, "server/route-cache"), path.join(dist, "cache/fetch-cache")].flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }) : []))
    const before = written()
    const stamp = Date.now()
    // Category pages never asked before (a price ceiling of their own), four for each process, one after another:
    // each rendered, and kept, by its own process (at once, a process two renders busier than another would hand a
    // page over: front/affinity.cjs).
    const pages = new Map<string, string>()
    for (let i = 0; pages.size < 4 * processes; i++) {
      const path = `/zh-CN/products?category=chestnut&price_max=${(stamp % 10_000_000) + i}`
      const owner = String(processFor(pageOf("GET", path), processes) + 1)
      if ([...pages.values()].filter((name) => name === owner).length < 4) pages.set(path, owner)
    }
    const answers = []
    for (const path of pages.keys()) answers.push(await get(path))
    expect(answers.map((answer) => [answer.status, answer.front])).toEqual(answers.map(() => [200, "MISS"]))
    expect(answers.map((answer) => answer.next)).toEqual([...pages.values()])
    expect(new Set(answers.map((answer) => answer.next)).size).toBe(processes)
    // One process alone keeps its pages and data on disk, where they outlive a restart.
    expect(written().length > before.length).toBe(processes === 1)
  })

  it("never keeps an operator's portal, a buyer's cart or a login page, nor shows one to anybody else", async () => {
    const page = await browser().newPage({ locale: "zh-CN" })
    await logInAsStation(page, STATION)
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ")
    await page.close()
    const account = stationAccount(STATION)
    for (let visit = 0; visit < 2; visit++) {
      const mine = await get("/zh-CN/station", { cookie })
      expect({ status: mine.status, front: mine.front }).toEqual({ status: 200, front: "BYPASS" })
      expect(mine.html).toContain("錾字石村服务站")
    }
    const stranger = await get("/zh-CN/station")
    expect({ status: stranger.status, front: stranger.front }).toEqual({ status: 307, front: "BYPASS" })
    expect(stranger.location).toContain("/zh-CN/station/login")
    expect(stranger.html).not.toContain(account.email)
    for (const path of ["/zh-CN/cart", "/zh-CN/station/login", "/zh-CN/portal/login", "/zh-CN/account/login"]) {
      const answers = [await get(path, { cookie }), await get(path)]
      expect({ path, fronts: answers.map((a) => a.front) }).toEqual({ path, fronts: ["BYPASS", "BYPASS"] })
    }
  })
})
