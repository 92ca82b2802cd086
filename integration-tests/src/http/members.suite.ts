import type { SuiteContext } from "../support/boot"
import { registerSeller, failure } from "../support/sellers"
import { adminHeaders } from "../support/store"

// Resident ID numbers with right check characters (computed apart from the backend's code).
const ID_A = "421123198001011234"
const ID_B = "421123197512120040"

const household = (overrides: Record<string, unknown> = {}) => ({
  name: "王秀英",
  village: "屯兵堰村",
  phone: "13907130001",
  id_number: ID_A,
  poor_household: true,
  joined_at: "2016-03-01",
  ...overrides,
})

export default function membersSuite({ api, getContainer }: SuiteContext) {
  const seller = (handle: string, approve = true) => registerSeller(api, handle, approve)

  it("keeps a member household with its ID number encrypted and shown masked", async () => {
    const a = await seller("chen-a")
    const { status, data } = await api.post("/vendors/me/members", household(), a.auth)
    expect(status).toBe(201)
    expect(data.member).toMatchObject({ name: "王秀英", village: "屯兵堰村", poor_household: true, id_number: "************1234" })
    expect(JSON.stringify(data)).not.toContain(ID_A)

    const { data: list } = await api.get("/vendors/me/members", a.auth)
    expect(list.members.map((m: any) => m.id_number)).toEqual(["************1234"])

    const pg = getContainer().resolve("__pg_connection__")
    const [row] = await pg("member").where({ id: data.member.id })
    expect(row.id_number_encrypted).not.toContain(ID_A)
    expect(row.id_number_encrypted).toMatch(/^v1\./)
    expect(JSON.stringify(row)).not.toContain(ID_A.slice(0, 14))
  })

  it("refuses a wrong ID number or phone with the field and the rule", async () => {
    const a = await seller("chen-b")
    for (const [body, field] of [
      [household({ id_number: "421123198001011235" }), "id_number"],
      [household({ phone: "12345" }), "phone"],
      [household({ joined_at: "someday" }), "joined_at"],
      [household({ name: "" }), "name"],
    ] as const) {
      const response = await failure(api.post("/vendors/me/members", body, a.auth))
      expect([field, response.status]).toEqual([field, 400])
      expect(response.data.message).toContain(field)
    }
  })

  it("shows each seller only its own members, and the association any seller's", async () => {
    const a = await seller("chen-c")
    const b = await seller("wang-c")
    await api.post("/vendors/me/members", household(), a.auth)
    await api.post("/vendors/me/members", household({ name: "汪德明", id_number: ID_B }), b.auth)
    const { data: ofA } = await api.get("/vendors/me/members", a.auth)
    const { data: ofB } = await api.get("/vendors/me/members", b.auth)
    expect(ofA.members.map((m: any) => m.name)).toEqual(["王秀英"])
    expect(ofB.members.map((m: any) => m.name)).toEqual(["汪德明"])
    const { data: association } = await api.get(`/admin/sellers/${b.id}/members`, await adminHeaders(api))
    expect(association.members).toEqual([expect.objectContaining({ name: "汪德明", id_number: "************0040" })])
    expect((await failure(api.get(`/admin/sellers/${b.id}/members`, a.auth))).status).toBe(401)
  })

  it("lets a pending seller read but not add members", async () => {
    const pending = await seller("li-pending", false)
    const refused = await failure(api.post("/vendors/me/members", household(), pending.auth))
    expect(refused.status).toBe(403)
    expect(refused.data.message).toContain("pending seller cannot change")
    expect((await api.get("/vendors/me/members", pending.auth)).data.members).toEqual([])
  })

  it("keeps member data out of every store route and search document", async () => {
    const a = await seller("chen-d")
    await api.post("/vendors/me/members", household(), a.auth)
    const [key] = await getContainer().resolve("api_key").listApiKeys({ type: "publishable" })
    const store = { headers: { "x-publishable-api-key": key.token } }
    for (const path of ["/store/catalogue?limit=100", `/store/catalogue?q=${encodeURIComponent("王秀英")}`, "/store/products?limit=100&fields=*seller"]) {
      const { data } = await api.get(path, store)
      const text = JSON.stringify(data)
      for (const secret of ["王秀英", "13907130001", "1234\"", ID_A]) expect([path, text.includes(secret)]).toEqual([path, false])
    }
  })
}
