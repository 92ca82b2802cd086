import type { MedusaContainer } from "@medusajs/framework/types"
import type { PayoutAccountInput } from "@luotian/contract"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { SELLERS } from "./sellers"

// The association's payout rules as Chinese marketplaces set them (auto-confirmation 10 days after shipment) and a
// ¥100 least payout; and a payout account for each seeded seller. The account numbers are made up (the digits after
// the bank's prefix are the seller's place in the list): a bank account in the cooperative's or enterprise's name,
// Alipay for the households. Seeded once: a second run changes nothing, nor anything the association or a seller set.
const BANK = "中国农业银行罗田县支行"

function accountOf(seller: (typeof SELLERS)[number], index: number): PayoutAccountInput {
  const n = String(index + 1).padStart(2, "0")
  return seller.type === "household"
    ? { method: "alipay", holder_name: seller.name, account_number: `138000000${n}` }
    : { method: "bank", holder_name: seller.name, bank_name: BANK, account_number: `62284800000000000${n}` }
}

export async function seedPayouts(container: MedusaContainer) {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  // A store kept from before balances gets its earlier sales', refunds' and referrals' movements once.
  await settlement.backfillBalances()
  if (!(await settlement.listPayoutSettings({}, { take: 1 })).length) {
    await settlement.setPayoutSettings({ release_after_days: 10, minimum_payout: "100.00" })
  }
  const sellers = await container.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ handle: SELLERS.map((s) => s.handle) })
  for (const [index, seed] of SELLERS.entries()) {
    const seller = sellers.find((s) => s.handle === seed.handle)
    if (!seller || (await settlement.payoutAccount(seller.id))) continue
    await settlement.setPayoutAccount(seller.id, accountOf(seed, index))
  }
}
