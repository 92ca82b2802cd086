import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import Lot from "./models/lot"
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

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

class LotModuleService extends MedusaService({ Lot, LotSupply, LotReceipt }) {
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
