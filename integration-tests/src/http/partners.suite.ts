import type { SuiteContext } from "../support/boot"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADDRESS, asBuyer, readyCart } from "../support/checkout"
import { FIRST_GRADE_CHESTNUTS, listApproved } from "../support/listings"
import { decodeQrFromPdf } from "../support/pdf-qr"
import { sellerOrderOf, sellerPartIds } from "../support/purchases"
import { bearer, registerSeller } from "../support/sellers"
import { adminHeaders, productByHandle, storeHeaders, thisMonth } from "../support/store"
import { recordSellerRefundWorkflow } from "../../../backend/src/workflows/settlement/record-seller-refund"

const DAY = 24 * 3600_000

export default function partnersSuite({ api, getContainer }: SuiteContext) {
  let store: { headers: Record<string, string> }

  beforeAll(async () => {
    store = await storeHeaders(getContainer())
  })

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const refused = (request: Promise<any>) => request.then(() => { throw new Error("expected a refusal") }, (error: any) => error.response)
  const scan = async (code: string) => (await api.post(`/store/partners/${code}/scans`, {}, store)).data.scan
  const carry = async (cartId: string, scanId: string) => (await api.post(`/store/carts/${cartId}/partner`, { scan_id: scanId }, store)).data.partner
  /** Moves a scan back in time, as if the tourist had scanned that many days ago. */
  const age = (scanId: string, days: number) =>
    getContainer().resolve("partner").updatePartnerScans({ id: scanId, scanned_at: new Date(Date.now() - days * DAY) })
  async function cartOfChestnutsAndTea() {
    const chestnuts = await productByHandle(getContainer(), "fresh-chestnut-special")
    const tea = await productByHandle(getContainer(), "cloud-tea-special")
    return readyCart(api, store, [
      { variant_id: chestnuts.variants.find((v: any) => v.title === "2.5kg")?.id ?? chestnuts.variants[0].id, quantity: 1 },
      { variant_id: tea.variants[0].id, quantity: 1 },
    ])
  }
  async function complete(cartId: string) {
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch((error: any) => {
      throw new Error(`completing ${cartId}: ${error.response?.status} ${error.response?.data?.message}`)
    })
    return data.order.id as string
  }
  /** The point's code each order of the purchase (the buyer's, then its seller orders) is linked to. */
  async function pointsOf(purchaseId: string) {
    const ids = [purchaseId, ...(await sellerPartIds(getContainer(), purchaseId))]
    const { data } = await query().graph({ entity: "order", fields: ["id", "partner_point.code"], filters: { id: ids } })
    return { count: ids.length, codes: data.map((order: any) => order.partner_point?.code ?? null) }
  }

  it("shows a point's story and its shelf as catalogue cards, never its referral rate", async () => {
    const { data } = await api.get("/store/partners/tiantangzhai", store)
    expect(data.point).toMatchObject({ code: "tiantangzhai", kind: "scenic_spot", name: "天堂寨", name_en: "Tiantangzhai", town_en: "Jiuzihe" })
    expect(data.point.story).toMatch(/1729/)
    expect(data.point.referral_rate).toBeUndefined()
    expect(data.shelf.map((card: any) => card.handle)).toEqual(expect.arrayContaining(["fresh-chestnut-special", "cloud-tea-special"]))
    expect(data.shelf[0]).toMatchObject({ price_cny: expect.any(Number), seller: { handle: expect.any(String) }, grade: { code: expect.any(String) } })
    const { data: all } = await api.get("/admin/partners", await adminHeaders(api))
    expect(all.partners.filter((p: any) => p.kind === "scenic_spot")).toHaveLength(5)
    expect(all.partners.filter((p: any) => p.kind === "guesthouse").length).toBeGreaterThanOrEqual(12)
    expect(all.partners.every((p: any) => p.products.length > 0)).toBe(true)
  })

  it("answers 404 for an unknown code and 400 naming the rule for a malformed one", async () => {
    expect((await refused(api.get("/store/partners/no-such-spot", store))).status).toBe(404)
    const bad = await refused(api.post("/store/partners/Not%20A%20Code/scans", {}, store))
    expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/code: must be a partner point's code/)])
    const cartId = await cartOfChestnutsAndTea()
    const badScan = await refused(api.post(`/store/carts/${cartId}/partner`, { scan_id: "tiantangzhai" }, store))
    expect([badScan.status, badScan.data.message]).toEqual([400, expect.stringMatching(/scan_id: must be a scan id/)])
  })

  it("links the purchase and each of its seller orders to the point scanned, and a repeat purchase in the window too", async () => {
    const scanned = await scan("tiantangzhai")
    expect(new Date(scanned.expires_at).getTime() - new Date(scanned.scanned_at).getTime()).toBe(30 * DAY)
    const cartId = await cartOfChestnutsAndTea()
    expect(await carry(cartId, scanned.id)).toMatchObject({ code: "tiantangzhai", scan_id: scanned.id })
    const purchaseId = await complete(cartId)
    expect(await pointsOf(purchaseId)).toEqual({ count: 3, codes: ["tiantangzhai", "tiantangzhai", "tiantangzhai"] })
    // The buyer's confirmation names the spot to thank it.
    const { data: read } = await api.get(`/store/purchases/${purchaseId}`, asBuyer(store, cartId))
    expect(read.purchase.partner).toEqual({ code: "tiantangzhai", kind: "scenic_spot", name: "天堂寨", name_en: "Tiantangzhai" })
    // Completing the same cart again links nothing twice.
    expect(await complete(cartId)).toBe(purchaseId)
    expect((await pointsOf(purchaseId)).codes).toHaveLength(3)

    // Three weeks later the cookie still holds the scan: the next purchase counts for the spot too.
    await age(scanned.id, 21)
    const again = await cartOfChestnutsAndTea()
    expect((await carry(again, scanned.id)).code).toBe("tiantangzhai")
    expect((await pointsOf(await complete(again))).codes).toEqual(["tiantangzhai", "tiantangzhai", "tiantangzhai"])
  })

  it("gives the purchase to the later of two points scanned, whatever order the cart hears of them", async () => {
    const atSpot = await scan("tiantangzhai")
    await age(atSpot.id, 2)
    const atHouse = await scan("ttz-yunjian")
    const cartId = await cartOfChestnutsAndTea()
    expect((await carry(cartId, atSpot.id)).code).toBe("tiantangzhai")
    expect((await carry(cartId, atHouse.id)).code).toBe("ttz-yunjian")
    // The older scan (a stale cookie in another tab) does not take it back.
    expect((await carry(cartId, atSpot.id)).code).toBe("ttz-yunjian")
    const purchaseId = await complete(cartId)
    expect(new Set((await pointsOf(purchaseId)).codes)).toEqual(new Set(["ttz-yunjian"]))
  })

  it("attributes nothing once the 30 days have passed, whether before the cart heard of the scan or after", async () => {
    const old = await scan("bodaofeng")
    await age(old.id, 31)
    const cartId = await cartOfChestnutsAndTea()
    expect(await carry(cartId, old.id)).toBeNull()
    const unattributed = await complete(cartId)
    expect((await pointsOf(unattributed)).codes).toEqual([null, null, null])
    expect((await api.get(`/store/purchases/${unattributed}`, asBuyer(store, cartId))).data.purchase.partner).toBeNull()

    const lapsing = await scan("bodaofeng")
    const later = await cartOfChestnutsAndTea()
    expect((await carry(later, lapsing.id)).code).toBe("bodaofeng")
    await age(lapsing.id, 30.01)
    expect((await pointsOf(await complete(later))).codes).toEqual([null, null, null])
  })

  it("lets the association create a point, edit it and set its shelf, refusing bad input by field", async () => {
    const admin = await adminHeaders(api)
    const point = { code: "museum-cafe", kind: "venue", name: "博物馆茶座", name_en: "Museum tea room", town: "凤山镇", town_en: "Fengshan" }
    const rate = await refused(api.post("/admin/partners", { ...point, referral_rate: "1.5" }, admin))
    expect([rate.status, rate.data.message]).toEqual([400, expect.stringMatching(/referral_rate: must be a decimal with 0 ≤ rate < 1/)])
    const { data: created } = await api.post("/admin/partners", point, admin)
    expect(created.partner).toMatchObject({ code: "museum-cafe", referral_rate: "0", active: true })
    const dup = await refused(api.post("/admin/partners", point, admin))
    expect([dup.status, dup.data.message]).toEqual([422, expect.stringMatching(/code: .*museum-cafe exists already/)])
    const { data: edited } = await api.post(`/admin/partners/${created.partner.id}`, { referral_rate: "0.050", story: "茶座" }, admin)
    expect(edited.partner).toMatchObject({ referral_rate: "0.05", story: "茶座", code: "museum-cafe" })
    expect((await refused(api.post(`/admin/partners/${created.partner.id}`, { code: "other" }, admin))).status).toBe(400)

    const tea = await productByHandle(getContainer(), "cloud-tea-special")
    const unknown = await refused(api.post(`/admin/partners/${created.partner.id}/shelf`, { product_ids: [tea.id, "prod_01NOSUCHPRODUCT"] }, admin))
    expect([unknown.status, unknown.data.message]).toEqual([400, expect.stringMatching(/product_ids: prod_01NOSUCHPRODUCT not in the store/)])
    await api.post(`/admin/partners/${created.partner.id}/shelf`, { product_ids: [tea.id] }, admin)
    expect((await api.get("/store/partners/museum-cafe", store)).data.shelf.map((card: any) => card.handle)).toEqual(["cloud-tea-special"])
    await api.post(`/admin/partners/${created.partner.id}/shelf`, { product_ids: [] }, admin)
    expect((await api.get("/store/partners/museum-cafe", store)).data.shelf).toEqual([])

    // An inactive point is not in the store and records no scans.
    await api.post(`/admin/partners/${created.partner.id}`, { active: false }, admin)
    expect((await refused(api.get("/store/partners/museum-cafe", store))).status).toBe(404)
    expect((await refused(api.post("/store/partners/museum-cafe/scans", {}, store))).status).toBe(404)
    expect((await refused(api.get("/admin/partners", {}))).status).toBe(401)
  })

  it("counts each point's scans and the purchases it brought for the association", async () => {
    const first = await scan("tiantangzhai")
    await scan("tiantangzhai")
    await scan("bodaofeng")
    const cartId = await cartOfChestnutsAndTea()
    await carry(cartId, first.id)
    await complete(cartId)
    const { data } = await api.get("/admin/partners", await adminHeaders(api))
    const byCode = Object.fromEntries(data.partners.map((p: any) => [p.code, p]))
    // One purchase of two sellers' products: the buyer's order and two seller orders.
    expect(byCode.tiantangzhai).toMatchObject({ scans: 2, purchases: 1, seller_orders: 2 })
    expect(byCode.bodaofeng).toMatchObject({ scans: 1, purchases: 0, seller_orders: 0 })
    expect(byCode["ttz-yunjian"]).toMatchObject({ scans: 0, purchases: 0, seller_orders: 0 })
  })

  it("puts the point's referral on each seller's statement as a line of its own, at the rate of the day", async () => {
    const admin = await adminHeaders(api)
    const scanned = await scan("tiantangzhai") // seeded at a 3 % referral rate
    const cartId = await cartOfChestnutsAndTea()
    await carry(cartId, scanned.id)
    const purchaseId = await complete(cartId)
    // A later rate change leaves this purchase's referral as it was.
    const { data: list } = await api.get("/admin/partners", admin)
    const point = list.partners.find((p: any) => p.code === "tiantangzhai")
    await api.post(`/admin/partners/${point.id}`, { referral_rate: "0.1" }, admin)

    const { data: parts } = await query().graph({ entity: "order", fields: ["id", "total", "seller.id"], filters: { id: await sellerPartIds(getContainer(), purchaseId) } })
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
    let owed = 0
    for (const part of parts as any[]) {
      const { data } = await api.get(`/admin/statements?month=${month}&currency_code=cny&seller_id=${part.seller.id}`, admin)
      const [statement] = data.statements
      const fen = Math.round(Number(part.total) * 100)
      const referral = (Math.floor((fen * 3 + 50) / 100) / 100).toFixed(2) // 3 %, half-up to the fen
      expect(statement.referrals).toEqual({
        lines: [
          {
            order_id: part.id,
            display_id: expect.any(Number),
            kind: "referral",
            partner_point_id: point.id,
            partner: { code: "tiantangzhai", name: "天堂寨", name_en: "Tiantangzhai" },
            rate: "0.03",
            base: (fen / 100).toFixed(2),
            amount: referral,
            occurred_at: expect.any(String),
          },
        ],
        total: referral,
      })
      // The sales rows are as they were: the referral is apart from the platform fee.
      expect(statement.orders.map((row: any) => row.order_id)).toEqual([part.id])
      owed += Math.floor((fen * 3 + 50) / 100)
    }
    // The association sees what the point earned over all its sellers.
    const { data: after } = await api.get("/admin/partners", admin)
    expect(after.partners.find((p: any) => p.code === "tiantangzhai").referral_totals).toEqual({ cny: (owed / 100).toFixed(2) })
  })

  it("records no referral for a point whose rate is 0 (the statement of a purchase no point brought: statements.suite)", async () => {
    const admin = await adminHeaders(api)
    const atSprings = await scan("sanlifan-hot-springs") // seeded without a referral rate
    const cartId = await cartOfChestnutsAndTea()
    await carry(cartId, atSprings.id)
    const purchaseId = await complete(cartId)
    expect(new Set((await pointsOf(purchaseId)).codes)).toEqual(new Set(["sanlifan-hot-springs"]))
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
    const { data } = await api.get(`/admin/statements?month=${month}&currency_code=cny`, admin)
    expect(data.statements.length).toBeGreaterThan(0)
    expect(data.statements.map((statement: any) => statement.referrals)).toEqual(data.statements.map(() => ({ lines: [], total: "0.00" })))
  })

  it("prints a point's poster and table card as PDFs whose QR code leads to its scan address", async () => {
    const admin = await adminHeaders(api)
    const { data } = await api.get("/admin/partners", admin)
    const point = data.partners.find((p: any) => p.code === "tiantangzhai")
    for (const format of ["poster", "card"]) {
      const response = await api.get(`/admin/partners/${point.id}/poster?format=${format}`, { ...admin, responseType: "arraybuffer" })
      expect([response.status, response.headers["content-type"]]).toEqual([200, "application/pdf"])
      expect(response.headers["content-disposition"]).toBe(`attachment; filename="tiantangzhai-${format}.pdf"`)
      const pdf = Buffer.from(response.data).toString("latin1")
      expect(pdf.startsWith("%PDF-")).toBe(true)
      expect(pdf).toMatch(/\/URI \(http:\/\/localhost:8000\/p\/tiantangzhai\)/)
      // The printed QR code itself, read from the rendered page, says the same.
      expect(await decodeQrFromPdf(Buffer.from(response.data))).toBe("http://localhost:8000/p/tiantangzhai")
    }
    const bad = await refused(api.get(`/admin/partners/${point.id}/poster?format=banner`, admin))
    expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/format/)])
    expect((await refused(api.get(`/admin/partners/${point.id}/poster`, store))).status).toBe(401)
  })

  // ---- point owners: an invitation from the association, a "partner" login, only their own point

  const PASSWORD = "pass-1234"
  /** The association invites the point's owner, who registers a partner login, accepts and logs in. */
  async function ownerOf(code: string, email: string) {
    const admin = await adminHeaders(api)
    const point = (await api.get("/admin/partners", admin)).data.partners.find((p: any) => p.code === code)
    const { data: invited } = await api.post(`/admin/partners/${point.id}/invites`, { email }, admin)
    const { data: registration } = await api.post("/auth/partner/emailpass/register", { email, password: PASSWORD })
    const { data: accepted } = await api.post("/partners/invites/accept", { token: invited.invite.token }, bearer(registration.token))
    expect(accepted.owner).toMatchObject({ email })
    const { data: login } = await api.post("/auth/partner/emailpass", { email, password: PASSWORD })
    return { point, auth: bearer(login.token), token: login.token as string, invite: invited.invite }
  }
  // Each test starts from the seeded store (the runner restores it): each makes its own owners.
  const spotAndHouse = async () => ({
    spot: await ownerOf("tiantangzhai", "spot-owner@partners.test"),
    house: await ownerOf("ttz-yunjian", "house-owner@partners.test"),
  })

  it("lets an invited owner see its own point only: scans by day and month, orders without buyer data, referrals", async () => {
    const owners = await spotAndHouse()
    const { data: me } = await api.get("/partners/me", owners.spot.auth)
    expect(me).toEqual({
      owner: { id: expect.stringMatching(/^pown_/), email: "spot-owner@partners.test" },
      partner: expect.objectContaining({ code: "tiantangzhai", kind: "scenic_spot", name: "天堂寨", referral_rate: expect.any(String) }),
    })
    const today = () => api.get("/partners/me/scans", owners.spot.auth).then(({ data }: any) => data.days)
    const before = await today()
    const scanned = await scan("tiantangzhai")
    const after = await today()
    expect(after).toHaveLength(30)
    expect(after[29]).toEqual({ day: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10), scans: before[29].scans + 1 })

    const cartId = await cartOfChestnutsAndTea()
    await carry(cartId, scanned.id)
    const purchaseId = await complete(cartId)
    const { data: [purchase] } = await query().graph({ entity: "order", fields: ["display_id", "total"], filters: { id: purchaseId } })
    const { data: own } = await api.get("/partners/me/orders?limit=100", owners.spot.auth)
    const listed = own.orders.find((order: any) => order.display_id === purchase.display_id)
    expect(listed).toEqual({ display_id: purchase.display_id, placed_at: expect.any(String), currency_code: "cny", total: Number(purchase.total).toFixed(2), status: "pending" })
    expect(own.count).toBe(own.orders.length)
    // No buyer's name, phone, e-mail or address in anything an owner reads.
    const everything = JSON.stringify([me, own, (await api.get("/partners/me/months", owners.spot.auth)).data])
    for (const personal of ["buyer@example.cn", ADDRESS.phone, ADDRESS.address_1, "customer"]) {
      expect(everything).not.toContain(personal)
    }

    // The guesthouse nearby sees none of it, and the spot none of the guesthouse's.
    const { data: house } = await api.get("/partners/me/orders?limit=100", owners.house.auth)
    expect(house.orders.map((order: any) => order.display_id)).not.toContain(purchase.display_id)
    expect((await api.get("/partners/me", owners.house.auth)).data.partner.code).toBe("ttz-yunjian")

    // Its months: the association's figures for the same point, to the fen.
    const { data: mine } = await api.get("/partners/me/months", owners.spot.auth)
    expect(mine.months).toHaveLength(12)
    const month = mine.months[11]
    expect(month.month).toBe(thisMonth())
    const { data: all } = await api.get(`/admin/partners/months?from=${thisMonth()}&to=${thisMonth()}`, await adminHeaders(api))
    expect(all.partners.find((p: any) => p.code === "tiantangzhai").months).toEqual([month])
    expect(month.purchases).toBeGreaterThanOrEqual(1)
    expect(month.referrals.cny).toMatch(/^\d+\.\d{2}$/)
  })

  it("refuses other actors, forged tokens and misused invitations on the owners' routes", async () => {
    const admin = await adminHeaders(api)
    const owners = await spotAndHouse()
    const seller = await registerSeller(api, "partner-isolation")
    const { data: customer } = await api.post("/auth/customer/emailpass/register", { email: "partner-isolation@example.cn", password: PASSWORD })
    const { data: fresh } = await api.post("/auth/partner/emailpass/register", { email: "not-yet@partners.test", password: PASSWORD })
    const [header, payload, signature] = owners.spot.token.split(".")
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString())
    const houseOwner = (await api.get("/partners/me", owners.house.auth)).data.owner.id
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, actor_id: houseOwner })).toString("base64url")}.${signature}`
    const others: [string, object][] = [
      ["no token", {}],
      ["the association's token", admin],
      ["a seller's token", seller.auth],
      ["a customer's token", bearer(customer.token)],
      ["a partner login not yet an owner", bearer(fresh.token)],
      ["the spot owner's token claiming the guesthouse's owner", bearer(forged)],
    ]
    for (const path of ["/partners/me", "/partners/me/scans", "/partners/me/months", "/partners/me/orders"]) {
      for (const [who, auth] of others) expect([who, path, (await refused(api.get(path, auth))).status]).toEqual([who, path, 401])
    }
    // An owner's token opens no admin, seller or buyer route either.
    for (const path of ["/admin/partners", "/vendors/me", "/store/customers/me"]) {
      expect((await refused(api.get(path, { headers: { ...store.headers, ...owners.spot.auth.headers } }))).status).toBe(401)
    }

    const point = owners.spot.point
    const used = await refused(api.post("/partners/invites/accept", { token: owners.spot.invite.token }, bearer(fresh.token)))
    expect([used.status, used.data.message]).toEqual([400, expect.stringMatching(/token: this invitation was already used/)])
    const { data: other } = await api.post(`/admin/partners/${point.id}/invites`, { email: "someone-else@partners.test" }, admin)
    const wrongEmail = await refused(api.post("/partners/invites/accept", { token: other.invite.token }, bearer(fresh.token)))
    expect([wrongEmail.status, wrongEmail.data.message]).toEqual([400, expect.stringMatching(/email: this invitation was sent to another e-mail/)])
    expect((await refused(api.post("/partners/invites/accept", { token: other.invite.token }, seller.auth))).status).toBe(401)
    await getContainer().resolve("partner").updatePartnerOwnerInvites({ id: other.invite.id, expires_at: new Date(Date.now() - 1000) })
    const { data: late } = await api.post("/auth/partner/emailpass/register", { email: "someone-else@partners.test", password: PASSWORD })
    const expired = await refused(api.post("/partners/invites/accept", { token: other.invite.token }, bearer(late.token)))
    expect([expired.status, expired.data.message]).toEqual([400, expect.stringMatching(/token: this invitation has expired/)])
    const badEmail = await refused(api.post(`/admin/partners/${point.id}/invites`, { email: "not an e-mail" }, admin))
    expect([badEmail.status, badEmail.data.message]).toEqual([400, expect.stringMatching(/email/)])
    expect((await refused(api.post("/admin/partners/ppt_01NOSUCHPOINT/invites", { email: "x@partners.test" }, admin))).status).toBe(404)
    expect((await refused(api.post(`/admin/partners/${point.id}/invites`, { email: "x@partners.test" }, owners.spot.auth))).status).toBe(401)
    // Nothing was made of the refusals: the fresh login is still no owner.
    expect((await refused(api.get("/partners/me", bearer(fresh.token)))).status).toBe(401)
  })

  it("charts each point's months for the association, with exact sales and conversion, refusing bad ranges by field", async () => {
    const admin = await adminHeaders(api)
    const owner = await ownerOf("tiantangzhai", "spot-owner@partners.test")
    const first = await scan("tiantangzhai")
    await scan("tiantangzhai")
    await scan("tiantangzhai")
    const cartId = await cartOfChestnutsAndTea()
    await carry(cartId, first.id)
    await complete(cartId)
    const { data } = await api.get(`/admin/partners/months?from=${thisMonth()}&to=${thisMonth()}`, admin)
    expect(data.months).toEqual([thisMonth()])
    const spot = data.partners.find((p: any) => p.code === "tiantangzhai")
    const [month] = spot.months
    // The sales are the gross of the seller orders the spot brought this month, in fen.
    const { data: [linked] } = await query().graph({ entity: "partner_point", fields: ["orders.id", "orders.total", "orders.purchase.id"], filters: { id: spot.id } })
    const parts = (linked as any).orders.filter((order: any) => !order.purchase)
    const fen = parts.reduce((sum: number, order: any) => sum + Math.round(Number(order.total) * 100), 0)
    expect(parts).toHaveLength(2)
    expect(month).toMatchObject({ month: thisMonth(), scans: 3, purchases: 1, seller_orders: 2, conversion: "0.3333", sales: { cny: (fen / 100).toFixed(2) } })
    expect(spot.months).toHaveLength(1)
    expect(spot.totals).toEqual({ ...month, month: undefined })
    const quiet = data.partners.find((p: any) => p.code === "bdf-shanju")
    expect(quiet.months).toEqual([{ month: thisMonth(), scans: 0, purchases: 0, seller_orders: 0, conversion: null, sales: {}, refunds: {}, referrals: {} }])
    expect((await api.get("/admin/partners/months", admin)).data.months).toHaveLength(12)

    for (const [query, field] of [["from=2026-13", "from"], ["from=2026-05&to=2026-04", "from"], ["from=2020-01&to=2026-01", "from"], ["to=26-1", "to"], ["month=2026-01", "month"]]) {
      const bad = await refused(api.get(`/admin/partners/months?${query}`, admin))
      expect([query, bad.status, bad.data.message]).toEqual([query, 400, expect.stringMatching(new RegExp(field))])
    }
    expect((await refused(api.get("/admin/partners/months", owner.auth))).status).toBe(401)
    const limit = await refused(api.get("/partners/me/orders?limit=0", owner.auth))
    expect([limit.status, limit.data.message]).toEqual([400, expect.stringMatching(/limit/)])
  })

  it("returns the point's share of the referral with each refund, to the fen, until a fully refunded order owes it nothing", async () => {
    const admin = await adminHeaders(api)
    const seller = await registerSeller(api, "partner-refunds")
    const product = await listApproved(api, seller, FIRST_GRADE_CHESTNUTS) // ¥28 a pack
    const scanned = await scan("bodaofeng") // 3 %
    const cartId = await readyCart(api, store, [{ variant_id: product.variants[0].id, quantity: 3 }])
    await carry(cartId, scanned.id)
    const purchaseId = await complete(cartId)
    const order = await sellerOrderOf(api, getContainer(), seller.auth, purchaseId)
    const statement = async () =>
      (await api.get(`/admin/statements?month=${thisMonth()}&currency_code=cny&seller_id=${seller.id}`, admin)).data.statements[0]
    const [referral] = (await statement()).referrals.lines
    const gross = Math.round(Number(referral.base) * 100)
    expect(referral).toMatchObject({ kind: "referral", amount: (Math.floor((gross * 3 + 50) / 100) / 100).toFixed(2) })

    // A partial refund of ¥10.05 returns 10.05 × 3 % = 0.3015 → 0.30; recording it twice returns nothing more.
    const refund = { order_id: order.id, seller_id: seller.id, amount: "10.05", currency_code: "cny", reference: "refund-partner-test" }
    await recordSellerRefundWorkflow(getContainer()).run({ input: refund })
    await recordSellerRefundWorkflow(getContainer()).run({ input: refund })
    const partial = await statement()
    expect(partial.referrals.lines.slice(1)).toEqual([
      expect.objectContaining({ order_id: order.id, kind: "reversal", rate: "0.03", base: "-10.05", amount: "-0.30", partner: expect.objectContaining({ code: "bodaofeng" }) }),
    ])
    const owed = Math.floor((gross * 3 + 50) / 100)
    expect(partial.referrals.total).toBe(((owed - 30) / 100).toFixed(2))

    // The seller cancels: the rest of the gross goes back, and with it the rest of the referral.
    await api.post(`/vendors/me/orders/${order.id}/cancel`, {}, seller.auth)
    const canceled = await statement()
    expect(canceled.referrals.lines.map((line: any) => line.kind)).toEqual(["referral", "reversal", "reversal"])
    expect(canceled.referrals.lines[2].amount).toBe((-(owed - 30) / 100).toFixed(2))
    expect(canceled.referrals.total).toBe("0.00")
    expect(canceled.totals.net).toBe("0.00")
  })
}
