import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { normaliseCreditCode } from "../../lib/credit-code"
import Invite from "./models/invite"
import Member from "./models/member"
import { encryptPersonal } from "./personal-data"
import Seller from "./models/seller"
import SellerUser from "./models/seller-user"

type SellerData = { credit_code?: string | null; [field: string]: unknown }
type SellerDTO = InferTypeOf<typeof Seller>
type MemberData = { id_number: string; [field: string]: unknown }
type MemberDTO = InferTypeOf<typeof Member>

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

  private async assertCreditCodesFree(codes: string[], sharedContext?: Context) {
    const taken = codes.length ? await this.listSellers({ credit_code: codes }, { select: ["id"] }, sharedContext) : []
    if (taken.length || new Set(codes).size < codes.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "seller.credit_code: a seller with this unified social credit code is already registered")
    }
  }
}

export default SellerModuleService
