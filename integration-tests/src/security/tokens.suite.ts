import type { SuiteContext } from "../support/boot"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ADDRESS, checkout } from "../support/checkout"
import { csvOf, HEADER } from "../support/listing-sheet"
import { FIRST_GRADE_CHESTNUTS, listApproved, sized } from "../support/listings"
import { MEMBER, registerSeller } from "../support/sellers"
import { adminHeaders, backendDir, eventually, seedStore, storeHeaders, thisMonth } from "../support/store"

// An 8×8 brown PNG, a photo the upload route accepts.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWPoitLGihiGlgQAkQ5DwaCooigAAAAASUVORK5CYII=", "base64")

// Forged and misplaced logins against every route that needs one: the project's own (found from its route files,
// so a new route is covered without being listed) and Medusa's sensitive ones. Each must answer 401 and change
// nothing; pending and suspended sellers get 403 on every writing seller route. One backend boot for all of it.

type Actor = "user" | "seller" | "registration" | "customer" | "partner" | "partnerRegistration" | "station" | "hub" | "stationRegistration" | "any"
type Route = { method: string; template: string; actor: Actor }

const apiDir = path.join(backendDir, "src/api")

/** The project's routes that need a login, from `src/api/**\/route.ts` and the handlers each file exports. */
function customRoutes(): Route[] {
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []))
  return files(apiDir).flatMap((file) => {
    const template = "/" + path.relative(apiDir, path.dirname(file)).split(path.sep).join("/")
    const actor = actorOf(template)
    if (!actor) return []
    const source = fs.readFileSync(file, "utf8")
    return [...source.matchAll(/export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map(([, method]) => ({ method, template, actor }))
  })
}

function actorOf(template: string): Actor | null {
  if (template.startsWith("/admin/")) return "user"
  // Registering a seller and accepting an invite take the token of a login that is no seller user yet.
  if (template === "/vendors" || template.startsWith("/vendors/invites")) return "registration"
  if (template.startsWith("/vendors/me")) return "seller"
  // A partner point's owner; accepting the association's invitation takes a partner login that owns no point yet.
  if (template.startsWith("/partners/invites")) return "partnerRegistration"
  if (template.startsWith("/partners/me")) return "partner"
  if (template.startsWith("/store/customers/me")) return "customer"
  // Village station operators: their own actor type, invited like sellers' staff.
  if (template.startsWith("/stations/invites")) return "stationRegistration"
  // Route runs are the county hub's drivers': its users are their rightful callers (other stations get 403).
  if (template.startsWith("/stations/me/route-runs")) return "hub"
  if (template.startsWith("/stations/me")) return "station"
  return null
}

// Medusa's own routes that read or change what only the association, or only one buyer, may.
const MEDUSA_ROUTES: Route[] = [
  ...[
    "GET /admin/orders", "GET /admin/orders/[id]", "POST /admin/orders/[id]/cancel", "GET /admin/customers", "GET /admin/customers/[id]",
    "POST /admin/customers", "GET /admin/users", "GET /admin/users/me", "POST /admin/users/[id]", "GET /admin/invites", "POST /admin/invites",
    "GET /admin/products", "POST /admin/products/[id]", "DELETE /admin/products/[id]", "GET /admin/payments", "POST /admin/payments/[id]/capture",
    "POST /admin/payments/[id]/refund", "GET /admin/api-keys", "POST /admin/api-keys", "GET /admin/stores", "GET /admin/workflows-executions",
    "GET /admin/inventory-items", "GET /admin/stock-locations",
  ].map((r) => route(r, "user")),
  ...["GET /store/customers/me", "POST /store/customers/me", "GET /store/customers/me/addresses", "POST /store/customers/me/addresses", "GET /store/orders"].map(
    (r) => route(r, "customer")
  ),
  // A forged token must not be turned into a session or a fresh, real token.
  ...["POST /auth/session", "POST /auth/token/refresh"].map((r) => route(r, "any")),
]

function route(text: string, actor: Actor): Route {
  const [method, template] = text.split(" ")
  return { method, template, actor }
}

// ---- tokens as Medusa makes them (HS256 JWTs), and forgeries of them built from real ones

const part = (token: string, i: number) => JSON.parse(Buffer.from(token.split(".")[i], "base64url").toString("utf8"))
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")
function hs256(header: object, payload: object, secret: string) {
  const unsigned = `${encode(header)}.${encode(payload)}`
  return `${unsigned}.${crypto.createHmac("sha256", secret).update(unsigned).digest("base64url")}`
}

/** Forgeries of a real token `real`: same header and payload, wrong signature, algorithm or expiry. */
function forgeries(real: string, other: string): [string, string][] {
  const [header, payload] = [part(real, 0), part(real, 1)]
  const now = Math.floor(Date.now() / 1000)
  return [
    ["signed with Medusa's default secret 'supersecret'", hs256(header, payload, "supersecret")],
    ["signed with a wrong random secret", hs256(header, payload, crypto.randomBytes(32).toString("hex"))],
    ["alg none, unsigned", `${encode({ ...header, alg: "none" })}.${encode(payload)}.`],
    ["expired, signed with the real secret", hs256(header, { ...payload, iat: now - 7200, exp: now - 3600 }, process.env.JWT_SECRET!)],
    // Another actor's real token with this actor's claims put in: its signature no longer matches.
    ["another actor's signature on this payload", `${other.split(".")[0]}.${encode(payload)}.${other.split(".")[2]}`],
  ]
}

export default function tokensSuite({ api, getContainer }: SuiteContext) {
  const ids: Record<string, string> = {}
  // The trace route's GS1 Digital Link: a GTIN-14 with a right check digit, and the lot the active seller records.
  const GTIN14 = "06901234567892"
  const LOT_CODE = "TK-2026-0920-01"
  const ALL_COMMITMENTS = ["no_banned_inputs", "intervals_observed", "residues_within_limits", "truthful"]
  const tokens: Record<"user" | "seller" | "registration" | "customer" | "pending" | "partner" | "partnerRegistration" | "station" | "hub" | "stationRegistration", string> = {} as any
  let store: { headers: Record<string, string> }
  const routes = () => [...customRoutes(), ...MEDUSA_ROUTES]

  /** A real id of the kind the route's `[param]` names: the one in front of it says what it is. */
  function url(r: Route) {
    const filled = r.template.replace(/\/([^/]+)\/\[([^\]]+)\]/g, (_, before: string, param: string) => {
      const real: Record<string, string> = {
        sellers: ids.pendingSeller,
        "grade-standards": ids.standard,
        "listing-reviews": ids.pendingListing,
        statements: thisMonth(),
        orders: r.template.startsWith("/vendors") ? ids.sellerOrder : ids.purchase,
        products: ids.product,
        customers: ids.customer,
        users: ids.user,
        payments: ids.payment,
        sizes: ids.variant,
        photos: ids.image,
        partners: ids.partner,
        lots: ids.lot,
        stations: ids.station,
        // A well-formed parcel id of no parcel: the station has none, and a forged token must fail before that.
        parcels: "spcl_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        // Well-formed ids of no route run and no stop.
        "route-runs": "srun_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        stops: "sstop_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        // A well-formed id of no station's order for a villager (代购).
        "assisted-orders": "sasd_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        // Well-formed ids of no intake, and a seller for the intake form's choices.
        intakes: "sintk_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        "intake-sellers": ids.pendingSeller,
        // A well-formed id of no synonym group: a forged token must fail before that.
        "search-synonyms": "syn_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        // Well-formed ids of no payout batch or item, and the seller order for holds and buyers' receipts.
        "payout-batches": "setpb_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        items: "setpi_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        payouts: "setpi_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        "seller-orders": ids.sellerOrder,
        parts: ids.sellerOrder,
        trace: GTIN14,
        // A buyer's purchase (its households), and a well-formed id of no listing import.
        purchases: ids.purchase,
        "listing-imports": "limp_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        // A well-formed member id of no household: a forged token must fail before the ledger looks.
        households: "mem_01JZZZZZZZZZZZZZZZZZZZZZZZ",
      }
      return `/${before}/${real[before] ?? `${param}_unknown`}`
    }).replace("/[lot]", `/${LOT_CODE}`)
    return filled + (r.template === "/admin/statements" ? `?month=${thisMonth()}` : "")
  }

  /** A photo as the portal sends it: multipart, in "files" (an 8×8 PNG). */
  function photoUpload() {
    const form = new FormData()
    form.append("files", new Blob([PNG], { type: "image/png" }), "photo.png")
    return form
  }

  /** A listing sheet as the portal sends it: multipart, in "file" (the columns only: nothing to import). */
  function sheetUpload() {
    const form = new FormData()
    form.append("file", new Blob([csvOf([HEADER])], { type: "text/csv" }), "listings.csv")
    return form
  }

  /** A body the route would accept from its rightful caller, so that only the login stands in the way. */
  function body(r: Route): object | undefined {
    if (r.method === "GET" || r.method === "DELETE") return undefined
    const bodies: Record<string, object> = {
      "/admin/sellers/[id]/status": { status: "active" },
      "/admin/listing-reviews/[product_id]": { decision: "approve" },
      "/admin/grade-standards/[id]": { name: "伪造的标准" },
      "/admin/partners": { code: "forged-point", kind: "venue", name: "伪造", name_en: "Forged", town: "胜利镇", town_en: "Shengli" },
      "/admin/partners/[id]": { story: "伪造的故事" },
      "/admin/partners/[id]/shelf": { product_ids: [ids.product] },
      "/admin/inspections": { seller_id: ids.seller, category: "chestnut", lot: "forged-lot", measurements: { nuts_per_kg: 30 } },
      "/admin/invites": { email: "forged-admin@example.cn" },
      "/admin/users/[id]": { first_name: "伪造" },
      "/admin/customers": { email: "forged-customer@example.cn" },
      "/admin/products/[id]": { title: "伪造的商品" },
      "/admin/api-keys": { title: "forged", type: "secret" },
      "/vendors": { seller: { handle: "forged-seller", name: "伪造", name_en: "Forged", type: "household", town: "胜利镇", town_en: "Shengli" }, user: {} },
      "/vendors/invites/accept": { token: "forged-invite-token" },
      "/partners/invites/accept": { token: "forged-invite-token" },
      "/vendors/me": { story: "伪造的故事" },
      "/vendors/me/invites": { email: "forged-staff@sellers.test" },
      "/vendors/me/members": MEMBER,
      "/vendors/me/products": sized(FIRST_GRADE_CHESTNUTS, 2000, 56),
      "/vendors/me/products/[id]": { description: "伪造的描述" },
      "/vendors/me/products/[id]/stock": { variant_id: "variant_x", stock: 0 },
      "/vendors/me/products/[id]/sizes": { net_weight_g: 10000, price_cny: 350, stock: 1 },
      "/vendors/me/products/[id]/photos/order": { image_ids: [ids.image] },
      "/vendors/me/products/[id]/photos": photoUpload(),
      "/vendors/me/listing-imports": sheetUpload(),
      "/vendors/me/orders/[id]/fulfillments": { method: "station", station: "九资河镇服务站" },
      "/vendors/me/lots": { product_id: ids.product, kind: "harvest", produced_on: "2026-09-20", origin: { town: "胜利镇" }, quantity: 10, unit: "kg" },
      "/vendors/me/lots/[id]/inspection": { inspection_id: "insp_forged" },
      "/vendors/me/lots/[id]/receipts": { variant_id: ids.variant, packs: 1 },
      "/vendors/me/lots/[id]/certificates": { contact: "0713-5012345", commitments: ALL_COMMITMENTS },
      "/stations/invites/accept": { token: "forged-invite-token" },
      "/stations/me/invites": { email: "forged-staff@stations.test" },
      "/stations/me/remittances": { amount: "1.00" },
      "/stations/me/parcels/[id]/hand-over": { code: "123456" },
      "/admin/route-runs/plan": { day: "2026-12-03" },
      "/stations/me/assisted-orders": { idempotency_key: "5f0c7a52-2a5e-4d3b-9d3c-0b8e7d7f1a11", villager: { name: "伪造", phone: "13900000000" }, items: [{ variant_id: ids.variant, quantity: 1 }] },
      "/stations/me/intakes": { client_reference: "forged-intake-1", seller_id: ids.pendingSeller, member_id: "mem_01JZZZZZZZZZZZZZZZZZZZZZZZ", product_id: ids.product, quantity_kg: "30", grade_code: "first", price_per_kg_fen: 1000, paid: "now" },
      "/admin/search-synonyms": { words: ["伪造", "forged"] },
      "/vendors/me/lots/[id]/withdraw": { reason: "伪造的召回 Forged recall" },
      "/vendors/me/orders/[id]/returns": { items: [{ line_item_id: "ordli_forged", quantity: 1 }] },
      "/vendors/me/ledger/rule": { kind: "own_sales" },
      "/vendors/me/ledger/close": { month: "2026-12" },
      "/vendors/me/ledger/payments": { member_id: "mem_01JZZZZZZZZZZZZZZZZZZZZZZZ", month: "2026-12", reference: "伪造的付款" },
      "/vendors/me/payout-account": { method: "bank", holder_name: "伪造", bank_name: "伪造银行", account_number: "6228480000000000000" },
      "/store/customers/me": { first_name: "伪造" },
      "/store/customers/me/addresses": ADDRESS,
    }
    return bodies[r.template] ?? {}
  }

  const send = async (r: Route, token?: string) => {
    const headers = { ...store.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) }
    const response = await api.request({ method: r.method, url: url(r), data: body(r), headers, validateStatus: () => true })
    return { status: response.status as number, data: response.data }
  }

  /** Every request whose answer is not `expected`, as "METHOD url (what): status". */
  /** Sends the refused cases four at a time (a refusal writes nothing, so their order does not matter). */
  async function mismatches(cases: [Route, string, string | undefined][], expected: number) {
    const wrong: string[] = []
    const queue = [...cases]
    const sender = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [r, what, token] = next
        const { status, data } = await send(r, token)
        if (status !== expected) wrong.push(`${r.method} ${url(r)} (${what}): ${status} ${JSON.stringify(data).slice(0, 120)}`)
      }
    }
    await Promise.all(Array.from({ length: 4 }, sender))
    return wrong.sort()
  }

  /** A digest of every table's rows, to prove that a batch of refused requests wrote nothing anywhere. */
  async function database() {
    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const tables: { table_name: string }[] = await pg("information_schema.tables")
      .select("table_name")
      .where({ table_schema: "public", table_type: "BASE TABLE" })
      .whereNot({ table_name: "workflow_execution" })
    const digest: Record<string, string> = {}
    for (const { table_name } of tables) {
      const { rows } = await pg.raw(`select count(*) as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${table_name}" t`)
      digest[table_name] = `${rows[0].n}:${rows[0].h}`
    }
    return digest
  }

  /** The database once what earlier steps set off (events, subscribers) has settled. */
  async function settled() {
    let before = await database()
    for (let i = 0; i < 40; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const now = await database()
      if (JSON.stringify(now) === JSON.stringify(before)) return now
      before = now
    }
    throw new Error("the database did not settle")
  }

  const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
    Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table])

  const tokenOf = (auth: { headers: { authorization: string } }) => auth.headers.authorization.replace(/^Bearer /, "")

  beforeAll(async () => {
    const container = getContainer()
    await seedStore(container)
    store = await storeHeaders(container)
    tokens.user = tokenOf(await adminHeaders(api))
    ids.user = part(tokens.user, 1).actor_id
    ids.partner = (await api.get("/admin/partners", await adminHeaders(api))).data.partners[0].id
    const { data: invited } = await api.post(`/admin/partners/${ids.partner}/invites`, { email: "tokens-owner@partners.test" }, await adminHeaders(api))
    const { data: owner } = await api.post("/auth/partner/emailpass/register", { email: "tokens-owner@partners.test", password: "pass-1234" })
    await api.post("/partners/invites/accept", { token: invited.invite.token }, { headers: { authorization: `Bearer ${owner.token}` } })
    tokens.partner = (await api.post("/auth/partner/emailpass", { email: "tokens-owner@partners.test", password: "pass-1234" })).data.token
    tokens.partnerRegistration = (await api.post("/auth/partner/emailpass/register", { email: "tokens-new@partners.test", password: "pass-1234" })).data.token

    const seller = await registerSeller(api, "tokens-active")
    ;[ids.seller, tokens.seller] = [seller.id, tokenOf(seller.auth as any)]
    const pending = await registerSeller(api, "tokens-pending", false)
    ;[ids.pendingSeller, tokens.pending] = [pending.id, tokenOf(pending.auth as any)]
    const { data: registration } = await api.post("/auth/seller/emailpass/register", { email: "tokens-new@sellers.test", password: "pass-1234" })
    tokens.registration = registration.token
    // A station's owner (invited by the association) and a fresh station login not yet any station's.
    const admin = await adminHeaders(api)
    ids.station = (await api.get("/admin/stations?kind=village", admin)).data.stations[0].id
    const { data: stationInvite } = await api.post(`/admin/stations/${ids.station}/invites`, { email: "tokens-station@stations.test" }, admin)
    const { data: operator } = await api.post("/auth/station/emailpass/register", { email: "tokens-station@stations.test", password: "pass-1234" })
    await api.post("/stations/invites/accept", { token: stationInvite.invite.token }, { headers: { authorization: `Bearer ${operator.token}` } })
    tokens.station = (await api.post("/auth/station/emailpass", { email: "tokens-station@stations.test", password: "pass-1234" })).data.token
    tokens.stationRegistration = (await api.post("/auth/station/emailpass/register", { email: "tokens-new@stations.test", password: "pass-1234" })).data.token
    // A user of the county hub: its drivers work the route runs.
    const hubId = (await api.get("/admin/stations?kind=county_hub", admin)).data.stations[0].id
    const { data: hubInvite } = await api.post(`/admin/stations/${hubId}/invites`, { email: "tokens-hub@stations.test" }, admin)
    const { data: driver } = await api.post("/auth/station/emailpass/register", { email: "tokens-hub@stations.test", password: "pass-1234" })
    await api.post("/stations/invites/accept", { token: hubInvite.invite.token }, { headers: { authorization: `Bearer ${driver.token}` } })
    tokens.hub = (await api.post("/auth/station/emailpass", { email: "tokens-hub@stations.test", password: "pass-1234" })).data.token

    await api.post("/vendors/me/members", MEMBER, seller.auth)
    const product = await listApproved(api, seller, FIRST_GRADE_CHESTNUTS)
    ids.product = product.id
    ids.variant = product.variants[0].id
    // A photo on the product, for its photo routes (stored as Medusa's product image; no upload needed here).
    const products = getContainer().resolve(Modules.PRODUCT)
    await products.updateProducts(product.id, { images: [{ url: "https://example.cn/photo.webp" }] })
    ids.image = (await products.retrieveProduct(product.id, { relations: ["images"] })).images![0].id
    ids.pendingListing = (await api.post("/vendors/me/products", { ...sized(FIRST_GRADE_CHESTNUTS, 500, 14), name: "chestnut-kernels" }, seller.auth)).data.product.id
    const lot = { product_id: product.id, code: LOT_CODE, kind: "harvest", produced_on: "2026-09-20", origin: { town: "胜利镇" }, quantity: 50, unit: "kg" }
    ids.lot = (await api.post("/vendors/me/lots", lot, seller.auth)).data.lot.id
    const { data: standards } = await api.get("/admin/grade-standards?category=chestnut&status=current", await adminHeaders(api))
    ids.standard = standards.grade_standards[0].id

    const { data: buyer } = await api.post("/auth/customer/emailpass/register", { email: "tokens-buyer@example.cn", password: "pass-1234" })
    const asNewCustomer = { headers: { ...store.headers, authorization: `Bearer ${buyer.token}` } }
    ids.customer = (await api.post("/store/customers", { email: "tokens-buyer@example.cn", first_name: "明", last_name: "李" }, asNewCustomer)).data.customer.id
    tokens.customer = (await api.post("/auth/customer/emailpass", { email: "tokens-buyer@example.cn", password: "pass-1234" })).data.token

    ids.purchase = (await checkout(api, store, [{ variant_id: product.variants[0].id, quantity: 1 }])).order.id
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: ids.purchase } })
    ids.payment = orders[0].payment_collections[0].payments[0].id
    ids.sellerOrder = await eventually(async () => {
      const { data } = await api.get("/vendors/me/orders", seller.auth)
      expect(data.orders).toHaveLength(1)
      return data.orders[0].id as string
    })
  })

  it("finds the project's routes from its files, each with a real id of the right kind", () => {
    const found = customRoutes().map((r) => `${r.method} ${r.template}`)
    expect(found).toEqual(
      expect.arrayContaining([
        "POST /admin/sellers/[id]/status",
        "GET /admin/sellers/[id]/members",
        "GET /vendors/me",
        "POST /vendors/me/orders/[id]/mark-paid",
        "GET /store/customers/me/purchases",
        "GET /partners/me/orders",
        "POST /partners/invites/accept",
        "POST /vendors",
        "POST /stations/me/parcels/[id]/hand-over",
        "POST /stations/me/intakes",
        "GET /stations/me/intakes/[id]/receipt.pdf",
        "GET /vendors/me/intakes",
        "GET /admin/stations",
      ])
    )
    for (const r of routes()) expect(url(r)).not.toMatch(/_unknown|undefined|\[/)
  })

  it("answers 401 to every forged token on every admin, seller and customer route, and writes nothing", async () => {
    const before = await settled()
    const realOf = (actor: Actor) => tokens[actor === "any" ? "seller" : actor]
    // The other actor whose signature is put under this actor's payload.
    const otherOf = (actor: Actor) => (actor === "customer" ? tokens.seller : tokens.customer)
    const cases = routes().flatMap((r) => forgeries(realOf(r.actor), otherOf(r.actor)).map(([what, token]) => [r, what, token] as [Route, string, string]))
    expect(await mismatches(cases, 401)).toEqual([])
    expect(changedTables(before, await database())).toEqual([])
    const { data } = await api.get(`/admin/sellers?status=pending`, await adminHeaders(api))
    expect(data.sellers.map((s: { id: string }) => s.id)).toContain(ids.pendingSeller)
  })

  it("answers 401 to no token and to a real token of another actor type, and writes nothing", async () => {
    const before = await settled()
    const others: Record<Actor, (keyof typeof tokens)[]> = {
      user: ["seller", "customer", "registration", "partner", "station"],
      seller: ["user", "customer", "registration", "partner", "station"],
      registration: ["user", "customer", "partner", "partnerRegistration", "station"],
      customer: ["user", "seller", "registration", "partner", "station"],
      partner: ["user", "seller", "customer", "registration", "partnerRegistration", "station"],
      partnerRegistration: ["user", "seller", "customer", "registration"],
      station: ["user", "seller", "customer", "registration", "stationRegistration", "partner"],
      hub: ["user", "seller", "customer", "registration", "stationRegistration", "partner"],
      stationRegistration: ["user", "seller", "customer"],
      any: [],
    }
    const cases = routes().flatMap((r) => [
      [r, "no token", undefined] as [Route, string, undefined],
      ...others[r.actor].map((actor) => [r, `${actor}'s real token`, tokens[actor]] as [Route, string, string]),
    ])
    // The session and refresh routes take any actor; without a token they are 401 too.
    expect(await mismatches(cases, 401)).toEqual([])
    expect(changedTables(before, await database())).toEqual([])
  })

  const writingSellerRoutes = () => customRoutes().filter((r) => r.actor === "seller" && r.method !== "GET")

  it("answers 403 to a pending seller on every writing seller route, and writes nothing", async () => {
    const before = await settled()
    const cases = writingSellerRoutes().map((r) => [r, "pending seller", tokens.pending] as [Route, string, string])
    expect(cases.length).toBeGreaterThanOrEqual(9)
    expect(await mismatches(cases, 403)).toEqual([])
    expect(changedTables(before, await database())).toEqual([])
  })

  it("answers 403 to a suspended seller on every writing seller route with its own records, and writes nothing", async () => {
    const admin = await adminHeaders(api)
    await api.post(`/admin/sellers/${ids.seller}/status`, { status: "suspended" }, admin)
    const before = await settled()
    const cases = writingSellerRoutes().map((r) => [r, "suspended seller", tokens.seller] as [Route, string, string])
    const wrong = await mismatches(cases, 403)
    const after = await database()
    await api.post(`/admin/sellers/${ids.seller}/status`, { status: "active" }, admin)
    expect(wrong).toEqual([])
    expect(changedTables(before, after)).toEqual([])
  })

  // Controls: the 401s above come from the forgery, not from a route that refuses everyone or a broken forger.
  it("accepts a token forged the same way but signed with the real secret, and every rightful caller", async () => {
    const resigned = (real: string) => hs256(part(real, 0), part(real, 1), process.env.JWT_SECRET!)
    const wrong: string[] = []
    for (const r of routes()) {
      const real = tokens[r.actor === "any" ? "seller" : r.actor]
      for (const [what, token] of [["re-signed with the real secret", resigned(real)], ["real token", real]]) {
        const { status } = await send(r, token)
        if (status === 401 || status === 403) wrong.push(`${r.method} ${url(r)} (${what}): ${status}`)
      }
    }
    expect(wrong).toEqual([])
  })
}
