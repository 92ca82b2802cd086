import { createHash, randomBytes } from "node:crypto"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { normaliseCreditCode } from "@luotian/contract"
import Invite from "./models/invite"
import Member from "./models/member"
import { encryptPersonal } from "./personal-data"
import Seller from "./models/seller"
import SellerUser from "./models/seller-user"

type SellerData = { credit_code?: string | null; [field: string]: unknown }
type SellerDTO = InferTypeOf<typeof Seller>
type MemberData = { id_number: string; [field: string]: unknown }
type MemberDTO = InferTypeOf<typeof Member>
export type SellerStatus = "pending" | "active" | "suspended"

// The association approves a pending seller, suspends an active one, and reinstates a suspended one.
const NEXT_STATUS: Record<SellerStatus, SellerStatus[]> = {
  pending: ["active"],
  active: ["suspended"],
  suspended: ["active"],
}
const INVITE_DAYS = 7
// Only a hash of an invitation's token is stored: the token itself is shown once, to whoever invites.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex")
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

class SellerModuleService extends MedusaService({ Seller, SellerUser, Member, Invite }) {
  /**
   * One seller per unified social credit code: codes are kept normalised and a code already registered is refused
   * here, naming the field; the unique index behind it catches two registrations racing each other.
   */
  // @ts-expect-error: the generated method's overloads take the model's exact input type
  async createSellers(data: SellerData[], sharedContext?: Context): Promise<SellerDTO[]>
  async createSellers(data: SellerData, sharedContext?: Context): Promise<SellerDTO>
  async createSellers(data: SellerData | SellerData[], sharedContext?: Context): Promise<SellerDTO | SellerDTO[]> {
    const rows = (Array.isArray(data) ? data : [data]).map((row) =>
      row.credit_code ? { ...row, credit_code: normaliseCreditCode(row.credit_code) } : row
    )
    await this.assertCreditCodesFree(rows.flatMap((row) => (row.credit_code ? [row.credit_code] : [])), sharedContext)
    const created = await super.createSellers(rows as any, sharedContext)
    return Array.isArray(data) ? created : created[0]
  }

  /** Adds a household member, its ID number sealed here so no caller stores it in the clear; the last four stay for the mask. */
  async addMember({ id_number, ...member }: MemberData, sharedContext?: Context): Promise<MemberDTO> {
    const sealed = { ...member, id_number_encrypted: encryptPersonal(id_number), id_number_last4: id_number.slice(-4) }
    return await this.createMembers(sealed as any, sharedContext)
  }

  /** Moves a seller to a status the association may give it from the one it has; returns the seller and that one. */
  async changeStatus(id: string, status: SellerStatus, sharedContext?: Context) {
    const from = (await this.retrieveSeller(id, { select: ["status"] }, sharedContext)).status as SellerStatus
    if (!NEXT_STATUS[from].includes(status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: a ${from} seller cannot become ${status}`)
    }
    return { seller: await this.updateSellers({ id, status }, sharedContext), from }
  }

  /** Invites a staff member by e-mail for a week; the token is returned this once. */
  async issueInvite(seller_id: string, email: string, sharedContext?: Context) {
    const token = randomBytes(24).toString("base64url")
    const expires_at = new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000)
    const invite = await this.createInvites({ seller_id, email, token_hash: hashToken(token), expires_at }, sharedContext)
    return { invite, token }
  }

  /** Uses an open invitation sent to this e-mail, once; each refusal names the field at fault. */
  async acceptInvite(token: string, email: string, sharedContext?: Context) {
    const [invite] = await this.listInvites({ token_hash: hashToken(token) }, {}, sharedContext)
    if (!invite) throw invalid("token: no invitation has this token")
    if (invite.accepted_at) throw invalid("token: this invitation was already used")
    if (invite.expires_at < new Date()) throw invalid("token: this invitation has expired")
    if (invite.email.toLowerCase() !== email.toLowerCase()) throw invalid("email: this invitation was sent to another e-mail address")
    await this.updateInvites({ id: invite.id, accepted_at: new Date() }, sharedContext)
    return invite
  }

  private async assertCreditCodesFree(codes: string[], sharedContext?: Context) {
    const taken = codes.length ? await this.listSellers({ credit_code: codes }, { select: ["id"] }, sharedContext) : []
    if (taken.length || new Set(codes).size < codes.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "seller.credit_code: a seller with this unified social credit code is already registered")
    }
  }
}

export default SellerModuleService
