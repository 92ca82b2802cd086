import type { LoaderOptions } from "@medusajs/framework/types"
import { parseFeeRate } from "../money"
import type { SettlementOptions } from "../service"

// A mistyped PLATFORM_FEE_RATE stops the backend at startup rather than charging a wrong fee.
export default async function validateOptions({ options }: LoaderOptions<SettlementOptions>) {
  parseFeeRate(options?.platform_fee_rate ?? "0")
}
