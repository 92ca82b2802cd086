import type { SuiteContext } from "../support/boot"
import { bearer, failure, registerSeller } from "../support/sellers"

export default function staffSuite({ api, getContainer }: SuiteContext) {
  const seller = (handle: string) => registerSeller(api, handle)
  async function freshLogin(email: string) {
    const { data } = await api.post("/auth/seller/emailpass/register", { email, password: "staff-pass-1" })
    return bearer(data.token)
  }

  it("lets the owner invite staff, who then work for the same seller", async () => {
    const owner = await seller("shengli-staffed")
    const { status, data } = await api.post("/vendors/me/invites", { email: "clerk@shengli.test" }, owner.auth)
    expect(status).toBe(201)
    expect(data.invite).toMatchObject({ email: "clerk@shengli.test", token: expect.any(String) })

    const accepted = await api.post("/vendors/invites/accept", { token: data.invite.token, first_name: "小红" }, await freshLogin("clerk@shengli.test"))
    expect(accepted.status).toBe(201)
    expect(accepted.data.user).toMatchObject({ email: "clerk@shengli.test", role: "staff" })

    const { data: login } = await api.post("/auth/seller/emailpass", { email: "clerk@shengli.test", password: "staff-pass-1" })
    const { data: me } = await api.get("/vendors/me", bearer(login.token))
    expect(me.seller.id).toBe(owner.id)
    expect(me.user.role).toBe("staff")

    const refused = await failure(api.post("/vendors/me/invites", { email: "another@shengli.test" }, bearer(login.token)))
    expect(refused.status).toBe(403)

    const again = await failure(api.post("/vendors/invites/accept", { token: data.invite.token }, await freshLogin("late@shengli.test")))
    expect([again.status, again.data.message]).toEqual([400, expect.stringContaining("token")])
  })

  it("refuses an invitation token used by another e-mail or made up", async () => {
    const owner = await seller("jiuzihe-staffed")
    const { data } = await api.post("/vendors/me/invites", { email: "herbs@jiuzihe.test" }, owner.auth)
    const wrong = await failure(api.post("/vendors/invites/accept", { token: data.invite.token }, await freshLogin("someone@else.test")))
    expect([wrong.status, wrong.data.message]).toEqual([400, expect.stringContaining("email")])
    const madeUp = await failure(api.post("/vendors/invites/accept", { token: "x".repeat(32) }, await freshLogin("guess@else.test")))
    expect([madeUp.status, madeUp.data.message]).toEqual([400, expect.stringContaining("no invitation")])
    const bad = await failure(api.post("/vendors/me/invites", { email: "nope" }, owner.auth))
    expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("email")])
    // The invitation is still open for the right person after those failures.
    const ok = await api.post("/vendors/invites/accept", { token: data.invite.token }, await freshLogin("herbs@jiuzihe.test"))
    expect(ok.status).toBe(201)
  })
}
