import { randomBytes } from "node:crypto"
import { existsSync, writeFileSync } from "node:fs"
import { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"

export type PartnerAccount = { partner: string; email: string; password: string }

// The demo points whose owners get a login: a scenic spot and a guesthouse near it.
export const DEMO_OWNED_POINTS = ["tiantangzhai", "ttz-yunjian"]
export const partnerEmail = (code: string) => `${code}@partners.luotian.local`

/**
 * Gives the demo points' owners a login for the partner pages (/<locale>/partner), once, and writes the logins to
 * `file` (readable by its owner only), as the seller accounts are. A store whose file exists keeps its logins.
 */
export async function seedPartnerAccounts(container: ExecArgs["container"], file: string) {
  if (existsSync(file)) return
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  const auth = container.resolve(Modules.AUTH)
  const accounts: PartnerAccount[] = []
  for (const code of DEMO_OWNED_POINTS) {
    const [point] = await partners.listPartnerPoints({ code })
    const email = partnerEmail(code)
    if (!point || (await partners.listPartnerOwners({ email })).length) continue
    const password = randomBytes(9).toString("base64url")
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
    if (error || !authIdentity) throw new Error(`Could not register the partner login ${email}: ${error}`)
    const owner = await partners.createPartnerOwners({ point_id: point.id, email })
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { partner_id: owner.id } })
    accounts.push({ partner: code, email, password })
  }
  writeFileSync(file, JSON.stringify(accounts, null, 2), { mode: 0o600 })
}
