import { adminHeaders } from "./store"

type Api = { post: Function }

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** The response of a request expected to fail, or a 200 marker when it did not fail. */
export const failure = (promise: Promise<unknown>) =>
  promise.then(() => ({ status: 200, data: {} as any }), (e: any) => e.response)

/** Registers a household seller through the seller API, approves it unless told not to, and logs in. */
export async function registerSeller(api: Api, handle: string, approve = true) {
  const email = `${handle}@sellers.test`
  const { data } = await api.post("/auth/seller/emailpass/register", { email, password: "pass-1234" })
  const body = { seller: { handle, name: handle, name_en: handle, type: "household", town: "胜利镇", town_en: "Shengli" }, user: { email } }
  const { data: registered } = await api.post("/vendors", body, bearer(data.token))
  if (approve) await api.post(`/admin/sellers/${registered.seller.id}/status`, { status: "active" }, await adminHeaders(api as any))
  const { data: login } = await api.post("/auth/seller/emailpass", { email, password: "pass-1234" })
  return { id: registered.seller.id as string, auth: bearer(login.token) }
}

// A member household as its seller records it: every field is personal data that must never leave the seller.
export const MEMBER = { name: "程桂兰", village: "錾字石村", phone: "13907130002", id_number: "421123198001011234", poor_household: true, joined_at: "2017-05-01" }
