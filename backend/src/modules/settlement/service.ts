import { MedusaService } from "@medusajs/framework/utils"
import { parseFeeRate } from "../../lib/settlement/money"
import SettlementEntry from "./models/settlement-entry"

export type SettlementOptions = { platform_fee_rate?: string }

class SettlementModuleService extends MedusaService({ SettlementEntry }) {
  protected readonly feeRate_: string

  constructor(container: Record<string, unknown>, options: SettlementOptions = {}) {
    super(...arguments)
    this.feeRate_ = parseFeeRate(options.platform_fee_rate ?? "0")
  }

  /** The platform fee rate charged on new sales, as a decimal string ("0.05" is 5 %). */
  feeRate() {
    return this.feeRate_
  }
}

export default SettlementModuleService
