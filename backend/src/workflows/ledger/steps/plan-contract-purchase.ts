import { ledgerLockKey } from "./ledger-lock"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import { contractAmountFen } from "../../../modules/ledger/rules"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { NewEntry } from "../../../modules/ledger/service"

/** A lot's seller with its type, and the lock of its ledger. */
export const lotSellerStep = createStep("ledger-lot-seller", async (lot_id: string, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "lot",
    fields: ["id", "unit", "supplies.member_id", "supplies.quantity", "supplies.raw_quantity", "seller.id", "seller.type"],
    filters: { id: lot_id },
  })
  const lot: any = data[0]
  return new StepResponse({ lot, lock: ledgerLockKey(lot?.seller?.id ?? lot_id) })
})

/**
 * An enterprise with a contract price buys what each household supplied to a kg lot at that price (保底收购): one
 * contract_purchase entry per household, posted once (keyed by lot and household). A withdrawal does not reverse it:
 * the guarantee is the enterprise's risk. Lots counted in units have no price per kg and post nothing.
 */
export const planContractPurchaseStep = createStep("plan-contract-purchase", async ({ lot }: { lot: any }, { container }) => {
  if (!lot?.seller || lot.unit !== "kg") return new StepResponse([] as NewEntry[])
  const rule = await container.resolve<LedgerModuleService>(LEDGER_MODULE).ruleOf(lot.seller.id, lot.seller.type)
  if (rule?.kind !== "contract_price") return new StepResponse([] as NewEntry[])
  return new StepResponse(
    (lot.supplies ?? []).map((s: any) => ({
      key: `contract_purchase:${lot.id}:${s.member_id}`,
      seller_id: lot.seller.id,
      member_id: s.member_id,
      kind: "contract_purchase" as const,
      source_type: "lot" as const,
      source_id: lot.id,
      lot_id: lot.id,
      amount_fen: contractAmountFen(String(s.raw_quantity?.value ?? s.quantity), rule.price_per_kg_fen).toString(),
    })) as NewEntry[]
  )
})
