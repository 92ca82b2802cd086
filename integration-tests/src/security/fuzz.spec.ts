import path from "node:path"
import { logger } from "@medusajs/framework/logger"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ADDRESS, readyCart } from "../support/checkout"
import { captureOutput, customRoutes, prng, withCheckCharacter, type Route } from "../support/fuzz"
import { CHESTNUTS, listApproved, sized } from "../support/listings"
import { bearer, registerSeller } from "../support/sellers"
import { adminHeaders, backendDir, eventually, seedStore, storeHeaders } from "../support/store"

jest.setTimeout(600_000)

// Personal data this suite sends: none of it may appear in any log line, whatever fails.
const MEMBER = {
  name: "柯秋菊",
  village: "燕窝垸上湾村",
  phone: "13907139876",
  id_number: withCheckCharacter("42112319870615432"),
  poor_household: true,
  joined_at: "2018-04-01",
}
const BUYER_EMAIL = "yi.qiuyun.fuzz@example.cn"
const BUYER = { ...ADDRESS, first_name: "秋云", last_name: "易", address_1: "凤山镇义水北路 318 号", phone: "13886012345" }
const PERSONAL = [MEMBER.name, MEMBER.village, MEMBER.phone, MEMBER.id_number, MEMBER.id_number.slice(0, 14), BUYER.address_1, BUYER.phone, BUYER_EMAIL]

const TIMEOUT_MS = 15_000
// What each request must answer. "400": a guard's class (control characters, malformed escapes or JSON, paging);
// "4xx": input that breaks a documented rule; "any": only never a 5xx or a hang.
type Expect = "400" | "4xx" | "any"
// `names`: what a 400 must name (the field broken), which also shows that the rest of the body was valid.
type Case = { route: string; label: string; method: string; url: string; body?: unknown; raw?: string; expect: Expect; names?: string }

// Medusa's store cart routes, fuzzed with the custom ones.
const CART_ROUTES: Route[] = [
  { path: "/store/carts", methods: ["POST"] },
  { path: "/store/carts/:id", methods: ["GET", "POST"] },
  { path: "/store/carts/:id/line-items", methods: ["POST"] },
  { path: "/store/carts/:id/line-items/:line_id", methods: ["POST", "DELETE"] },
  { path: "/store/carts/:id/shipping-methods", methods: ["POST"] },
  { path: "/store/carts/:id/complete", methods: ["POST"] },
  { path: "/store/products", methods: ["GET"] },
]
const isCustom = (route: string) => !CART_ROUTES.some((r) => r.path === route)

const CONTROL_CHARS = ["\u0000", "\u0001", "\u0007", "\u001b", "\u001f"]
const DATE_FIELD = /(_at|_from|^from|^to)$/
const BAD_DATES = ["0000-01-01", "275760-09-13", -8640000000000000, "1899-12-31"]
const BAD_DATE_TIMES = ["0000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "-8640000000000000", "1899-12-31T23:00:00Z"]
const PATH_ATTACKS = ["%", "%E0%A4%A", "%ZZ", "%00", "a%00b", "%1F", "x%0Dy%07"]

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let output: ReturnType<typeof captureOutput>
    const ids: Record<string, string> = {}
    const auth: Record<string, Record<string, string>> = {}

    beforeAll(async () => {
      logger.setLogLevel("info")
      output = captureOutput()
      await seedStore(getContainer())
      await prepare()
    })

    afterAll(() => {
      output?.stop()
      // For debugging a failure: what the backend logged, kept apart from the terminal.
      if (process.env.FUZZ_LOG_FILE) require("node:fs").writeFileSync(process.env.FUZZ_LOG_FILE, output.lines.join(""))
      logger.unsetLogLevel()
    })

    /** A seller with an approved listing, a member, a placed purchase; an open cart of the buyer; all ids. */
    async function prepare() {
      const store = (await storeHeaders(getContainer())).headers
      const admin = (await adminHeaders(api)).headers
      const seller = await registerSeller(api, "fuzz-coop")
      const product = await listApproved(api, seller, CHESTNUTS)
      expect((await api.post("/vendors/me/members", MEMBER, seller.auth)).status).toBe(201)
      const variant_id = product.variants[0].id
      // A listing still waiting for the association's review.
      const { data: pending } = await api.post("/vendors/me/products", { ...sized(CHESTNUTS, 500, 17.5), name: "chestnut-kernels" }, seller.auth)
      // A purchase paid at the station, with the buyer's own address and e-mail.
      const placedCart = await readyCart(api, { headers: store }, [{ variant_id, quantity: 1 }])
      await api.post(`/store/carts/${placedCart}`, { email: BUYER_EMAIL, shipping_address: BUYER, billing_address: BUYER }, { headers: store })
      const { data: placed } = await api.post(`/store/carts/${placedCart}/complete`, {}, { headers: store })
      if (placed.type !== "order") throw new Error(`no purchase placed: ${JSON.stringify(placed).slice(0, 500)}`)
      const sellerOrder = await eventually(async () => {
        const { data } = await api.get("/vendors/me/orders", seller.auth)
        if (!data.orders?.length) throw new Error("the purchase was not split into a seller order")
        return data.orders[0].id as string
      })
      // The cart the fuzz works on, open.
      const { data: regions } = await api.get("/store/regions", { headers: store })
      const region = regions.regions.find((r: any) => r.currency_code === "cny")
      const { data: cart } = await api.post("/store/carts", { region_id: region.id, email: BUYER_EMAIL, items: [{ variant_id, quantity: 1 }] }, { headers: store })
      await api.post(`/store/carts/${cart.cart.id}`, { shipping_address: BUYER }, { headers: store })
      const { data: deliveries } = await api.get(`/store/carts/${cart.cart.id}/deliveries`, { headers: store })
      const { data: standards } = await api.get("/admin/grade-standards", { headers: admin })
      const registration = (await api.post("/auth/seller/emailpass/register", { email: "fuzz-new@sellers.test", password: "pass-1234" })).data.token
      await api.post("/auth/customer/emailpass/register", { email: "fuzz-customer@example.cn", password: "pass-1234" }).then(async ({ data }: any) =>
        api.post("/store/customers", { email: "fuzz-customer@example.cn" }, { headers: { ...store, ...bearer(data.token).headers } })
      )
      const customer = (await api.post("/auth/customer/emailpass", { email: "fuzz-customer@example.cn", password: "pass-1234" })).data.token
      // A seeded partner point (tourism) and a scan of its QR code for the cart to carry.
      const { data: partners } = await api.get("/admin/partners", { headers: admin })
      const { data: scanned } = await api.post("/store/partners/tiantangzhai/scans", {}, { headers: store })
      // Its owner's partner login, and a partner login that owns no point yet (for accepting an invitation).
      const point = partners.partners.find((p: any) => p.code === "tiantangzhai")
      const { data: invited } = await api.post(`/admin/partners/${point.id}/invites`, { email: "fuzz-owner@partners.test" }, { headers: admin })
      const ownerRegistration = (await api.post("/auth/partner/emailpass/register", { email: "fuzz-owner@partners.test", password: "pass-1234" })).data.token
      await api.post("/partners/invites/accept", { token: invited.invite.token }, bearer(ownerRegistration))
      const owner = (await api.post("/auth/partner/emailpass", { email: "fuzz-owner@partners.test", password: "pass-1234" })).data.token
      const partnerRegistration = (await api.post("/auth/partner/emailpass/register", { email: "fuzz-new@partners.test", password: "pass-1234" })).data.token
      // A village station's owner (invited by the association) and a fresh station login, for the station routes.
      const { data: network } = await api.get(`/admin/stations?town=${encodeURIComponent("胜利镇")}`, { headers: admin })
      const village = network.stations.find((s: any) => s.kind === "village")
      const { data: stationInvite } = await api.post(`/admin/stations/${village.id}/invites`, { email: "fuzz-station@stations.test" }, { headers: admin })
      const { data: operator } = await api.post("/auth/station/emailpass/register", { email: "fuzz-station@stations.test", password: "pass-1234" })
      await api.post("/stations/invites/accept", { token: stationInvite.invite.token }, bearer(operator.token))
      const station = (await api.post("/auth/station/emailpass", { email: "fuzz-station@stations.test", password: "pass-1234" })).data.token
      const stationRegistration = (await api.post("/auth/station/emailpass/register", { email: "fuzz-new@stations.test", password: "pass-1234" })).data.token
      // A lot of the listing, for the lot routes' paths.
      const { data: lotted } = await api.post("/vendors/me/lots", { product_id: product.id, kind: "harvest", produced_on: "2026-09-20", origin: { town: "胜利镇" }, quantity: 50, unit: "kg" }, seller.auth)
      Object.assign(ids, {
        lot: lotted.lot.id,
        seller: seller.id,
        sellerHandle: "fuzz-coop",
        product: product.id,
        pendingProduct: pending.product.id,
        productHandle: product.handle,
        variant: variant_id,
        sellerOrder,
        purchase: placed.order?.id ?? placed.purchase?.id ?? "order_01",
        cart: cart.cart.id,
        line: cart.cart.items[0].id,
        option: deliveries.deliveries[0].options[0].id,
        region: region.id,
        standard: standards.grade_standards[0].id,
        partner: partners.partners.find((p: any) => p.code === "tiantangzhai").id,
        scan: scanned.scan.id,
        station: village.id,
        townStation: network.stations.find((s: any) => s.kind === "town").id,
      })
      Object.assign(auth, {
        admin,
        store,
        seller: (seller.auth as any).headers,
        registration: bearer(registration).headers,
        owner: bearer(owner).headers,
        partnerRegistration: bearer(partnerRegistration).headers,
        customer: { ...store, ...bearer(customer).headers },
        station: bearer(station).headers,
        stationRegistration: bearer(stationRegistration).headers,
      })
    }

    /** The headers of the actor each route is for. */
    function headersFor(route: string): Record<string, string> {
      if (route.startsWith("/admin")) return auth.admin
      if (route === "/vendors" || route.startsWith("/vendors/invites")) return auth.registration
      if (route.startsWith("/vendors")) return auth.seller
      if (route.startsWith("/partners/invites")) return auth.partnerRegistration
      if (route.startsWith("/partners")) return auth.owner
      if (route.startsWith("/stations/invites")) return auth.stationRegistration
      if (route.startsWith("/stations")) return auth.station
      if (route.startsWith("/store/customers/me")) return auth.customer
      if (route.startsWith("/store")) return auth.store
      return {}
    }

    /** The real id for each path parameter of a route. */
    function paramValue(route: string, name: string): string {
      if (name === "month") return "2026-12"
      if (name === "provider") return "stripe_stripe"
      if (name === "line_id") return ids.line
      if (name === "stop_id") return "sstop_01JZZZZZZZZZZZZZZZZZZZZZZZ"
      if (name === "product_id") return ids.pendingProduct
      if (name === "code") return "tiantangzhai"
      if (name === "handle") return route.startsWith("/store/sellers") ? ids.sellerHandle : ids.productHandle
      const byPrefix: [string, string][] = [
        ["/admin/sellers", ids.seller],
        ["/admin/grade-standards", ids.standard],
        ["/admin/partners", ids.partner],
        ["/admin/stations", ids.station],
        // A well-formed parcel id of no parcel of this station's.
        ["/stations/me/parcels", "spcl_01JZZZZZZZZZZZZZZZZZZZZZZZ"],
        // Well-formed ids of no route run (and no stop of one).
        ["/admin/route-runs", "srun_01JZZZZZZZZZZZZZZZZZZZZZZZ"],
        ["/stations/me/route-runs", "srun_01JZZZZZZZZZZZZZZZZZZZZZZZ"],
        ["/stations/me/assisted-orders", "sasd_01JZZZZZZZZZZZZZZZZZZZZZZZ"],
        ["/stations/me/intakes", "sintk_01JZZZZZZZZZZZZZZZZZZZZZZZ"],
        ["/stations/me/intake-sellers", ids.seller],
        ["/admin/search-synonyms", "syn_01JZZZZZZZZZZZZZZZZZZZZZZZ"],
        ["/vendors/me/orders", ids.sellerOrder],
        // A well-formed member id of no household of the seller's.
        ["/vendors/me/ledger/households", "mem_01JZZZZZZZZZZZZZZZZZZZZZZZ"],
        ["/vendors/me/products", ids.product],
        ["/vendors/me/lots", ids.lot],
        ["/store/purchases", ids.purchase],
        ["/store/carts", ids.cart],
      ]
      return byPrefix.find(([prefix]) => route.startsWith(prefix))?.[1] ?? "unknown"
    }

    const fill = (route: string, override: Record<string, string> = {}) =>
      route.replace(/:(\w+)/g, (_, name) => override[name] ?? encodeURIComponent(paramValue(route, name)))

    /** A body each POST route takes, as a starting point: every case breaks one thing in it. */
    function baseBody(route: string): Record<string, any> {
      const bodies: Record<string, Record<string, any>> = {
        "/vendors": { seller: { handle: "fuzz-new", name: "试", name_en: "Try", type: "household", town: "胜利镇", town_en: "Shengli" }, user: { email: "fuzz-new@sellers.test" } },
        "/vendors/invites/accept": { token: "t".repeat(24) },
        "/vendors/me": { story: "板栗" },
        "/vendors/me/invites": { email: "staff@sellers.test" },
        "/vendors/me/members": { ...MEMBER },
        "/vendors/me/ledger/rule": { kind: "own_sales" },
        "/vendors/me/ledger/close": { month: "2026-12" },
        "/vendors/me/ledger/payments": { member_id: "mem_01JZZZZZZZZZZZZZZZZZZZZZZZ", month: "2026-12", reference: "转账" },
        "/vendors/me/payout-account": { method: "bank", holder_name: "试点合作社", bank_name: "中国农业银行罗田县支行", account_number: "6228480000000000099" },
        // A name the seller does not list yet (one product per name and grade).
        "/vendors/me/products": { ...sized(CHESTNUTS, 1000, 35), name: "old-tree-chestnut" },
        "/vendors/me/products/:id/sizes": { net_weight_g: 10000, price_cny: 350, stock: 1 },
        "/vendors/me/products/:id": { description: "新栗" },
        "/vendors/me/products/:id/stock": { variant_id: ids.variant, stock: 5 },
        "/vendors/me/orders/:id/fulfillments": { method: "station", station: "胜利镇服务站" },
        "/vendors/me/lots": { product_id: ids.product, kind: "harvest", produced_on: "2026-09-20", origin: { town: "胜利镇", village: "錾字石村" }, quantity: 100, unit: "kg", inputs: ["有机肥"] },
        "/vendors/me/lots/:id/certificates": { contact: "0713-5012345", commitments: ["no_banned_inputs", "intervals_observed", "residues_within_limits", "truthful"], basis: ["self_test"] },
        "/admin/sellers/:id/status": { status: "suspended" },
        "/admin/listing-reviews/:product_id": { decision: "reject", reason: "图片不清" },
        "/admin/grade-standards/:id": { name: "新名", effective_from: "2026-12-01" },
        // In tea: the seller's chestnut listings stay free of an inspection's grade.
        "/admin/inspections": { seller_id: ids.seller, category: "tea", lot: "L-1", measurements: { sensory_score: 95 }, inspected_at: "2026-11-20T09:30:00+08:00" },
        "/admin/partners": { code: "fuzz-spot", kind: "venue", name: "试点", name_en: "Try", town: "胜利镇", town_en: "Shengli" },
        "/admin/partners/:id": { story: "茶" },
        "/admin/partners/:id/shelf": { product_ids: [ids.product] },
        "/admin/partners/:id/invites": { email: "owner@partners.test" },
        "/partners/invites/accept": { token: "t".repeat(24) },
        "/admin/stations": {
          code: "SL-FUZZ", kind: "village", parent_id: ids.townStation, name: "试站", name_en: "Try", town: "胜利镇", town_en: "Shengli",
          village: "试村", village_en: "Try", address: "胜利镇试村小卖部", hours: "08:00–18:00", operator_name: "试村小卖部", offers_cash: true,
        },
        "/admin/stations/:id": { status: "active" },
        "/admin/stations/:id/invites": { email: "fuzz-owner@stations.test" },
        "/stations/invites/accept": { token: "t".repeat(24) },
        "/stations/me/invites": { email: "fuzz-staff@stations.test" },
        "/admin/route-runs/plan": { day: "2026-12-03" },
        "/stations/me/assisted-orders": { idempotency_key: "5f0c7a52-2a5e-4d3b-9d3c-0b8e7d7f1a11", villager: { name: "汪试", phone: "13900000000" }, items: [{ variant_id: ids.variant, quantity: 1 }] },
        "/admin/search-synonyms": { words: ["试词", "fuzz word"] },
        "/store/carts/:id/partner": { scan_id: ids.scan },
        "/store/carts": { region_id: ids.region, email: BUYER_EMAIL, items: [{ variant_id: ids.variant, quantity: 1 }] },
        "/store/carts/:id": { email: BUYER_EMAIL },
        "/store/carts/:id/line-items": { variant_id: ids.variant, quantity: 1 },
        "/store/carts/:id/line-items/:line_id": { quantity: 1 },
        "/store/carts/:id/shipping-methods": { option_id: ids.option },
      }
      return bodies[route] ?? {}
    }

    /** Values that break a field whose valid value is `value`: each with what must be answered. */
    function breakers(field: string, value: unknown, random: () => number, custom: boolean, fractionalAllowed: boolean): [unknown, Expect][] {
      const junk = Array.from({ length: 1 + Math.floor(random() * 12) }, () => String.fromCharCode(Math.floor(random() * 0x3000))).join("")
      const control = CONTROL_CHARS[Math.floor(random() * CONTROL_CHARS.length)]
      const cases: [unknown, Expect][] = [[`${typeof value === "string" ? value : "a"}${control}`, "400"], [`${control}${junk}`, "400"]]
      if (typeof value === "string" && DATE_FIELD.test(field)) {
        for (const date of value.includes("T") ? BAD_DATE_TIMES : BAD_DATES) cases.push([date, "4xx"])
      }
      // Medusa's cart fields may be null (no e-mail yet, the default region); the store's own fields may not.
      if (typeof value === "string") cases.push([12345, "4xx"], [{}, "4xx"], [[value], "4xx"], ["x".repeat(20_000), "4xx"], [null, custom ? "4xx" : "any"])
      // Measurements may be fractional (a moisture of 7.05 %), and so may a lot's kg (to the gram); every other
      // number here is whole or in fen.
      const fractional: Expect = fractionalAllowed ? "any" : "4xx"
      if (typeof value === "number") cases.push(["NaN", "4xx"], ["12", "4xx"], [1e308, "4xx"], [-1, "4xx"], [1.005, fractional], [Number.MAX_SAFE_INTEGER + 2, "4xx"])
      if (typeof value === "boolean") cases.push(["yes", "4xx"], [1, "4xx"])
      if (value && typeof value === "object" && !Array.isArray(value)) cases.push([junk, "4xx"], [[], "4xx"])
      if (Array.isArray(value)) cases.push([{}, "4xx"], [junk, "4xx"])
      return cases
    }

    /** Every field of a body, nested ones included, as paths. */
    function fieldsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
      if (!value || typeof value !== "object") return [at]
      const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)
      return [...(at.length ? [at] : []), ...entries.flatMap(([k, v]) => fieldsOf(v, [...at, k]))]
    }

    const setAt = (body: any, at: (string | number)[], value: unknown) => {
      const copy = structuredClone(body)
      let node = copy
      for (const key of at.slice(0, -1)) node = node[key]
      node[at[at.length - 1]] = value
      return copy
    }
    const getAt = (body: any, at: (string | number)[]) => at.reduce((node, key) => node?.[key], body)

    const MULTIPART = ["/vendors/me/products/:id/photos", "/vendors/me/listing-imports"]

    function bodyCases(route: string, method: string, random: () => number): Case[] {
      const url = fill(route)
      const base = baseBody(route)
      const custom = isCustom(route)
      const cases: Case[] = []
      for (const at of fieldsOf(base)) {
        const field = at.join(".")
        for (const [value, expect] of breakers(String(at[at.length - 1]), getAt(base, at), random, custom, at[0] === "measurements" || (route === "/vendors/me/lots" && at[0] === "quantity"))) {
          const names = custom ? String(typeof at[at.length - 1] === "number" ? at[at.length - 2] : at[at.length - 1]) : undefined
          cases.push({ route, label: `${field}=${JSON.stringify(value)?.slice(0, 40)}`, method, url, body: setAt(base, at, value), expect, names })
        }
      }
      // Uploads (photos, listing sheets) take multipart only: any JSON body is refused for that, naming the file field.
      const json = !MULTIPART.includes(route)
      cases.push({ route, label: "unknown field", method, url, body: { ...base, zz_unknown: 1 }, expect: custom ? "4xx" : "any", names: custom && json ? "zz_unknown" : undefined })
      cases.push({ route, label: "NUL in a key", method, url, body: { ...base, ["a\u0000"]: 1 }, expect: "400" })
      cases.push({ route, label: "deep nesting", method, url, body: JSON.parse("[".repeat(60) + "]".repeat(60)), expect: "400" })
      for (const raw of ["{", '{"a":', "[1,2", '{"a":1}}', "nul", "\u0000"]) cases.push({ route, label: `malformed JSON ${JSON.stringify(raw)}`, method, url, raw, expect: "400", names: "JSON" })
      cases.push({ route, label: "NUL escaped in JSON", method, url, raw: JSON.stringify({ ...base, x: "\u0000" }), expect: "400", names: "x" })
      for (const raw of ["[]", '"text"', "123"]) cases.push({ route, label: `body ${raw}`, method, url, raw, expect: custom && Object.keys(base).length ? "4xx" : "any" })
      return cases
    }

    function queryCases(route: string, method: string): Case[] {
      const url = fill(route)
      const bad: [string, Expect][] = [
        ["q=%00", "400"], ["zz=a%01b", "400"], ["limit=-1", "400"], ["offset=-1", "400"], ["limit=1.5", "400"],
        ["limit=NaN", "400"], ["limit=1e308", "400"], ["offset=1e3", "400"], ["limit=99999999", "400"], ["limit[]=1", "400"],
        ["limit=1&limit=2", "400"], ["offset=%E0%A4%A", "400"],
      ]
      if (method === "GET") bad.push(["zz_unknown=1", "any"], [`q=${"x".repeat(5000)}`, "any"], ["currency_code=%E0%A4%A", "any"])
      if (route === "/admin/audit") for (const at of BAD_DATE_TIMES) bad.push([`from=${encodeURIComponent(at)}`, "4xx"], [`to=${encodeURIComponent(at)}`, "4xx"])
      if (route === "/admin/statements") for (const month of ["0000-01", "1899-12", "2101-01", "275760-01", "2026-13"]) bad.push([`month=${month}`, "4xx"])
      return bad.map(([query, expect]) => ({
        route, label: `?${query.slice(0, 40)}`, method, url: `${url}?${query}`, body: method === "GET" ? undefined : {}, expect,
        names: expect === "any" ? undefined : query.split(/[=[]/)[0],
      }))
    }

    function pathCases(route: string, method: string): Case[] {
      const names = [...route.matchAll(/:(\w+)/g)].map((m) => m[1])
      const cases = names.flatMap((name) =>
        PATH_ATTACKS.map((attack) => ({ route, label: `:${name}=${attack}`, method, url: fill(route, { [name]: attack }), body: method === "GET" || method === "DELETE" ? undefined : {}, expect: "400" as Expect, names: "path" }))
      )
      if (names.includes("month")) {
        for (const month of ["0000-01", "1899-12", "2101-01", "275760-01"]) cases.push({ route, label: `:month=${month}`, method, url: fill(route, { month }), body: undefined, expect: "4xx" })
      }
      return cases
    }

    async function send(c: Case): Promise<{ status: number | "hang"; message?: string }> {
      const headers = headersFor(c.route)
      try {
        const response = await api.request({
          method: c.method,
          url: c.url,
          data: c.raw ?? c.body,
          headers: { ...headers, "content-type": "application/json" },
          timeout: TIMEOUT_MS,
          validateStatus: () => true,
          ...(c.raw !== undefined ? { transformRequest: [(d: unknown) => d] } : {}),
        })
        return { status: response.status, message: String(response.data?.message ?? "") }
      } catch (e: any) {
        if (e.code === "ECONNABORTED" || /timeout/i.test(String(e.message))) return { status: "hang" }
        throw e
      }
    }

    it("answers every fuzzed request of every custom route and the cart routes without a 5xx, a hang or a wrong 2xx", async () => {
      const random = prng(20261202)
      const routes = [...customRoutes(path.join(backendDir, "src/api")), ...CART_ROUTES]
      expect(routes.length).toBeGreaterThan(30)
      const cases: Case[] = []
      for (const { path: route, methods } of routes) {
        for (const method of methods) {
          cases.push(...pathCases(route, method), ...queryCases(route, method))
          if (method === "POST") cases.push(...bodyCases(route, method, random))
        }
      }
      const histogram: Record<string, number> = {}
      const failures: string[] = []
      for (const c of cases) {
        const { status, message } = await send(c)
        histogram[status] = (histogram[status] ?? 0) + 1
        const ok =
          status !== "hang" &&
          status < 500 &&
          (c.expect === "any" || (c.expect === "400" ? status === 400 : status >= 400 && status < 500))
        if (!ok) failures.push(`${c.method} ${c.url.slice(0, 120)} [${c.label}] → ${status} (expected ${c.expect})`)
        else if (status === 400 && c.names && !message?.includes(c.names)) failures.push(`${c.method} ${c.route} [${c.label}] → 400 not naming ${c.names}: ${message}`)
      }
      // The control: each starting body is itself accepted, so every case above broke exactly what it says.
      // (Members' is accepted in prepare(); invite tokens cannot be made up; the suspension goes last, and is undone; a
      // household's payment needs a closed month with income, which ledger.suite.ts makes.)
      const skip = ["/vendors/me/members", "/vendors/invites/accept", "/partners/invites/accept", "/stations/invites/accept", "/admin/sellers/:id/status", "/vendors/me/ledger/payments"]
      const controls = routes.filter(({ path: route, methods }) => methods.includes("POST") && Object.keys(baseBody(route)).length && !skip.includes(route))
      for (const route of [...controls.map((r) => r.path), "/admin/sellers/:id/status"]) {
        const { status, message } = await send({ route, label: "valid", method: "POST", url: fill(route), body: baseBody(route), expect: "any" })
        if (status === "hang" || status >= 300) failures.push(`POST ${route} [the valid body] → ${status}: ${message}`)
      }
      await api.post(`/admin/sellers/${ids.seller}/status`, { status: "active" }, { headers: auth.admin })
      summary.requests = cases.length
      summary.histogram = histogram
      expect(cases.length).toBeLessThan(5000)
      expect(failures).toEqual([])
    })

    const summary: { requests?: number; histogram?: Record<string, number> } = {}

    it("refuses a member joined in year 0 with a 400 naming joined_at, and writes nothing", async () => {
      const pg = getContainer().resolve("__pg_connection__")
      const before = (await pg("member").count("* as n"))[0].n
      for (const joined_at of ["0000-01-01", "275760-09-13", -8640000000000000, "1899-12-31", "2101-01-01"]) {
        const { status, data } = await api.post("/vendors/me/members", { ...MEMBER, joined_at }, { headers: auth.seller, validateStatus: () => true })
        expect([joined_at, status]).toEqual([joined_at, 400])
        expect(data.message).toContain("joined_at")
      }
      expect((await pg("member").count("* as n"))[0].n).toBe(before)
    })

    it("answers a failure only Postgres catches with a generic 500, logged by name, code and route only", async () => {
      const pg = getContainer().resolve("__pg_connection__")
      // A rule only the database knows: the insert reaches Postgres, which refuses it with the member's data in hand.
      await pg.raw(`ALTER TABLE member ADD CONSTRAINT fuzz_no_such_village CHECK (village <> '${MEMBER.village}') NOT VALID`)
      try {
        const from = output.lines.length
        const { status, data } = await api.post("/vendors/me/members", MEMBER, { headers: auth.seller, validateStatus: () => true })
        expect(status).toBe(500)
        expect(data).toEqual({ code: "unknown_error", type: "unknown_error", message: "An unknown error occurred." })
        const logged = output.lines.slice(from).join("\n")
        expect(logged).toMatch(/SQLSTATE 23514\)? at POST \/vendors\/me\/members/)
        for (const datum of PERSONAL) expect([datum, logged.includes(datum)]).toEqual([datum, false])
        expect(logged).not.toMatch(/insert into/i)
      } finally {
        await pg.raw("ALTER TABLE member DROP CONSTRAINT fuzz_no_such_village")
      }
      const rows = await pg("member").where({ village: MEMBER.village })
      expect(rows).toHaveLength(1) // the one the suite created; the refused insert left nothing
    })

    it("answers Medusa's own product list with a 400 naming limit, offset or q", async () => {
      for (const [query, field] of [["limit=-1", "limit"], ["offset=-1", "offset"], ["q=%00", "q"], ["limit=abc", "limit"]]) {
        const { status, data } = await api.get(`/store/products?${query}`, { headers: auth.store, validateStatus: () => true })
        expect([query, status]).toEqual([query, 400])
        expect(data.message).toContain(field)
      }
    })

    it("names what is wrong in a malformed path, body or date", async () => {
      const escape = await api.get("/vendors/me/orders/%E0%A4%A", { headers: auth.seller, validateStatus: () => true })
      expect([escape.status, escape.data.message]).toEqual([400, expect.stringContaining("percent-escape")])
      const json = await api.post("/vendors/me/members", '{"name":', { headers: { ...auth.seller, "content-type": "application/json" }, transformRequest: [(d: unknown) => d], validateStatus: () => true })
      expect([json.status, json.data.message]).toEqual([400, expect.stringContaining("JSON")])
      expect(JSON.stringify(json.data)).not.toContain("name")
      const nul = await api.post("/vendors/me/members", { ...MEMBER, village: "村\u0000" }, { headers: auth.seller, validateStatus: () => true })
      expect([nul.status, nul.data.message]).toEqual([400, expect.stringContaining("village")])
      const audit = await api.get("/admin/audit?from=0000-01-01T00:00:00Z", { headers: auth.admin, validateStatus: () => true })
      expect([audit.status, audit.data.message]).toEqual([400, expect.stringContaining("from")])
      const month = await api.get("/vendors/me/statements/0000-01", { headers: auth.seller, validateStatus: () => true })
      expect([month.status, month.data.message]).toEqual([400, expect.stringContaining("month")])
    })

    it("logged no personal datum of a member or buyer during the whole suite", () => {
      output.stop()
      const log = output.lines.join("")
      // The capture saw the backend's log: the forced failure above was logged.
      expect(log).toContain("SQLSTATE 23514")
      for (const datum of PERSONAL) expect([datum, log.includes(datum)]).toEqual([datum, false])
      console.log(`fuzz: ${summary.requests} requests, statuses ${JSON.stringify(summary.histogram)}; ${output.lines.length} log writes checked`)
    })
  },
})
