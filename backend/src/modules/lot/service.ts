import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { certificateNumber, supersessionProblem } from "./certificates"
import Certificate from "./models/certificate"
import Lot from "./models/lot"
import LotAllocation from "./models/lot-allocation"
import LotReceipt from "./models/lot-receipt"
import LotSupply from "./models/lot-supply"
import { nextLotCode, suppliesProblem } from "./rules"

export type LotData = {
  seller_id: string
  product_id: string
  code: string
  kind: "harvest" | "slaughter" | "processing"
  produced_on: Date
  town: string
  village?: string | null
  base?: string | null
  quantity: string
  unit: "kg" | "unit"
  storage?: string | null
  best_before?: Date | null
  inputs: string[]
  inspection_id?: string | null
}
export type SupplyData = { member_id: string; quantity: string }
export type CertificateData = {
  product_name: string
  quantity: string
  unit: "kg" | "unit"
  producer_name: string
  producer_origin: string
  producer_contact: string
  commitments: string[]
  basis: string[]
  issued_by: string
  correction_reason?: string | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

class LotModuleService extends MedusaService({ Lot, LotSupply, LotReceipt, Certificate, LotAllocation }) {
  /** Certificates are never edited once issued: a correction is a new one that supersedes it (issueCertificate). */
  // @ts-expect-error: the generated method's overloads
  async updateCertificates(): Promise<never> {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A certificate cannot be changed once issued; issue a correction that supersedes it")
  }

  /**
   * Issues a lot's certificate: its first, or a correction naming the one in force in `supersedes`. Numbered after
   * the lot's code; the unique indexes behind it keep two issues at once from both succeeding.
   */
  async issueCertificate(lot_id: string, data: CertificateData, supersedes?: string, sharedContext?: Context) {
    const lot = await this.retrieveLot(lot_id, { select: ["id", "code"] }, sharedContext)
    const issued = await this.listCertificates({ lot_id }, { select: ["id", "number", "supersedes_id"] }, sharedContext)
    const problem = supersessionProblem(issued as any, supersedes)
    if (problem) throw invalid(problem)
    return await this.createCertificates(
      { ...data, lot_id, number: certificateNumber(lot.code, issued.length), issued_at: new Date(), supersedes_id: supersedes ?? null } as any,
      sharedContext
    )
  }

  /**
   * Withdraws a lot (a recall), once: a lot already withdrawn keeps its first date, reason and author, and the answer
   * says nothing changed. The caller holds the lot's lock.
   */
  async withdrawLot(id: string, reason: string, by: string, sharedContext?: Context) {
    const lot = await this.retrieveLot(id, { select: ["id", "status"] }, sharedContext)
    if (lot.status === "withdrawn") return { changed: false }
    await this.updateLots({ id, status: "withdrawn", withdrawn_at: new Date(), withdrawal_reason: reason, withdrawn_by: by }, sharedContext)
    return { changed: true }
  }

  /** The code a new lot gets: the one given if the seller has no lot of that code, else the day's next free one. */
  async codeFor(seller_id: string, prefix: string, produced_on: Date | string, given?: string, sharedContext?: Context) {
    if (given) {
      const [taken] = await this.listLots({ seller_id, code: given }, { select: ["id"] }, sharedContext)
      if (taken) throw invalid(`code: ${given} is already the code of another of your lots`)
      return given
    }
    const day = await this.listLots({ seller_id }, { select: ["code"] }, sharedContext)
    // A workflow's input may carry the day as its ISO text.
    return nextLotCode(prefix, new Date(produced_on), day.map((lot) => lot.code))
  }

  /** Records a lot with its households' shares, in one transaction; shares that do not fit the lot are refused. */
  @InjectManager()
  async recordLot(lot: LotData, supplies: SupplyData[], @MedusaContext() sharedContext: Context = {}) {
    const problem = suppliesProblem(lot.quantity, supplies)
    if (problem) throw invalid(problem)
    return await this.recordLot_(lot, supplies, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordLot_(lot: LotData, supplies: SupplyData[], @MedusaContext() sharedContext: Context = {}) {
    const created = await this.createLots(lot as any, sharedContext)
    if (supplies.length) {
      await this.createLotSupplies(supplies.map((s) => ({ ...s, lot_id: created.id })) as any, sharedContext)
    }
    return created
  }
}

export default LotModuleService
