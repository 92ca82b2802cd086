import type { SuiteContext } from "../support/boot"
import { gtin13CheckDigit } from "@luotian/contract"
import { failure, registerSeller } from "../support/sellers"
import { storeHeaders } from "../support/store"

const GTIN = `690998877101${gtin13CheckDigit("690998877101")}`
const ALL = ["no_banned_inputs", "intervals_observed", "residues_within_limits", "truthful"]
const certificate = (overrides: Record<string, unknown> = {}) => ({ contact: "0713-5012345", commitments: ALL, basis: ["self_test"], ...overrides })

export default function certificatesSuite({ api, getContainer }: SuiteContext) {
  let seller: Awaited<ReturnType<typeof registerSeller>>
  let product: any

  beforeAll(async () => {
    seller = await registerSeller(api, "cert-farm")
    const listing = { name: "old-tree-chestnut", category: "chestnut", grade: "special", sizes: [{ net_weight_g: 2000, price_cny: 76.5, stock: 0, gtin: GTIN }] }
    product = (await api.post("/vendors/me/products", listing, seller.auth)).data.product
  })

  const newLot = async (code: string) => {
    const body = { product_id: product.id, code, kind: "harvest", produced_on: "2026-09-20", origin: { town: "胜利镇", village: "錾字石村" }, quantity: 480.5, unit: "kg" }
    return (await api.post("/vendors/me/lots", body, seller.auth)).data.lot
  }
  const issuer = (lot: any) => (body: object, auth = seller.auth) => api.post(`/vendors/me/lots/${lot.id}/certificates`, body, auth)

  it("issues a lot's certificate with what it states copied at issue, and refuses one missing a rule, naming the field", async () => {
    const issue = issuer(await newLot("CF-2026-0920-01"))
    for (const [body, field] of [
      [certificate({ commitments: ALL.slice(1) }), "commitments"],
      [certificate({ commitments: [...ALL, "organic"] }), "commitments"],
      [certificate({ contact: "call me" }), "contact"],
      [certificate({ basis: ["hearsay"] }), "basis"],
      [certificate({ supersedes: "cert_x" }), "reason"],
      [certificate({ supersedes: "cert_x", reason: "数量有误" }), "supersedes"],
      [certificate({ number: "X-1" }), "number"],
    ] as const) {
      const response = await failure(issue(body))
      expect([field, response.status]).toEqual([field, 400])
      expect(response.data.message).toContain(field)
    }

    const { status, data } = await issue(certificate())
    expect(status).toBe(201)
    expect(data.lot.certificates).toEqual([
      expect.objectContaining({
        number: "CF-2026-0920-01-1",
        product_name: "老树鲜板栗 · 特级",
        quantity: "480.5",
        unit: "kg",
        producer_name: "cert-farm",
        producer_origin: "罗田县 胜利镇 錾字石村",
        producer_contact: "0713-5012345",
        commitments: ALL,
        basis: ["self_test"],
        supersedes: null,
        in_force: true,
      }),
    ])
    // Another seller can neither read nor issue for this lot.
    const other = await registerSeller(api, "cert-other")
    expect((await failure(issue(certificate(), other.auth))).status).toBe(404)
  })

  it("never changes an issued certificate: a correction supersedes the one in force, and both are kept", async () => {
    const issue = issuer(await newLot("CF-2026-0920-02"))
    const [first] = (await issue(certificate())).data.lot.certificates
    const again = await failure(issue(certificate()))
    expect([again.status, again.data.message]).toEqual([400, expect.stringContaining("supersedes: certificate CF-2026-0920-02-1 is in force")])
    // The module itself refuses to edit one.
    await expect(getContainer().resolve("lot").updateCertificates({ id: first.id, producer_contact: "110" })).rejects.toThrow(/cannot be changed/)

    const { data } = await issue(certificate({ contact: "13907130009", supersedes: first.id, reason: "联系电话有误" }))
    expect(data.lot.certificates.map((c: any) => [c.number, c.producer_contact, c.supersedes, c.in_force])).toEqual([
      ["CF-2026-0920-02-1", "0713-5012345", null, false],
      ["CF-2026-0920-02-2", "13907130009", "CF-2026-0920-02-1", true],
    ])
    const stale = await failure(issue(certificate({ supersedes: first.id, reason: "再改" })))
    expect([stale.status, stale.data.message]).toEqual([400, expect.stringContaining("supersedes: certificate CF-2026-0920-02-1 is already corrected; correct CF-2026-0920-02-2")])

    // The trace shows both, the correction in force.
    const trace = (await api.get(`/store/trace/0${GTIN}/CF-2026-0920-02`, await storeHeaders(getContainer()))).data.trace
    expect(trace.certificates.map((c: any) => [c.number, c.in_force, c.correction_reason])).toEqual([
      ["CF-2026-0920-02-1", false, null],
      ["CF-2026-0920-02-2", true, "联系电话有误"],
    ])
  })
}
