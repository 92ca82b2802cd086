import { randomBytes } from "node:crypto"
import { existsSync, writeFileSync } from "node:fs"
import { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"
import SellerModuleService from "../../modules/seller/service"
import { SELLERS } from "./sellers"

export type SellerAccount = { seller: string; email: string; password: string }

export const sellerEmail = (handle: string) => `${handle}@sellers.luotian.local`

/**
 * Gives each seeded seller an owner login for the seller portal, once, and writes the logins to `file`
 * (readable by its owner only). A store whose file exists keeps its logins.
 */
export async function seedSellerAccounts(container: ExecArgs["container"], file: string) {
  if (existsSync(file)) return
  const sellers: SellerModuleService = container.resolve(SELLER_MODULE)
  const auth = container.resolve(Modules.AUTH)
  const accounts: SellerAccount[] = []
  for (const { handle } of SELLERS) {
    const [seller] = await sellers.listSellers({ handle })
    const email = sellerEmail(handle)
    if (!seller || (await sellers.listSellerUsers({ email })).length) continue
    const password = randomBytes(9).toString("base64url")
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
    if (error || !authIdentity) throw new Error(`Could not register the seller login ${email}: ${error}`)
    const owner = await sellers.createSellerUsers({ seller_id: seller.id, email, role: "owner" })
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { seller_id: owner.id } })
    accounts.push({ seller: handle, email, password })
  }
  writeFileSync(file, JSON.stringify(accounts, null, 2), { mode: 0o600 })
}
