import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import seed from "../../../backend/src/scripts/seed"
export { eventually } from "./eventually"

export const backendDir = path.resolve(__dirname, "../../../backend")
export const ASSOCIATION = { email: "association@luotian.test", password: "test-password-1" }

type Api = { get: Function; post: Function }

/** Seeds the Luotian catalogue and the association user into the suite's database. */
export async function seedStore(container: MedusaContainer) {
  await seed({ container, args: [ASSOCIATION.email, ASSOCIATION.password] } as any)
}

export async function storeHeaders(container: MedusaContainer) {
  const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
  return { headers: { "x-publishable-api-key": key.token } }
}

export async function adminHeaders(api: Api) {
  const { data } = await api.post("/auth/user/emailpass", ASSOCIATION)
  return { headers: { authorization: `Bearer ${data.token}` } }
}

export async function productByHandle(container: MedusaContainer, handle: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "status", "thumbnail", "metadata", "listing.*", "listing.grade.*", "seller.*", "categories.handle", "variants.title", "variants.weight", "variants.prices.*"],
    filters: { handle },
  })
  return data[0]
}


/** The statement month now: Beijing time decides it. */
export const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
