import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

type Close = { seller_id: string; month: string; closed_by: string }

/** Closes the seller's month once (LedgerModuleService.closeMonth); undone by reopening it. */
export const closeLedgerMonthStep = createStep(
  "close-ledger-month",
  async (input: Close, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const before = await ledger.listLedgerEntries({ seller_id: input.seller_id, month: input.month, status: "open" }, { select: ["id"] })
    const { closed } = await ledger.closeMonth(input.seller_id, input.month, input.closed_by)
    return new StepResponse({ closed }, closed ? { ...input, reopen: before.map((e) => e.id) } : undefined)
  },
  async (undo, { container }) => {
    if (!undo) return
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const [close] = await ledger.listLedgerCloses({ seller_id: undo.seller_id, month: undo.month }, { select: ["id"] })
    if (close) await ledger.deleteLedgerCloses(close.id)
    if (undo.reopen.length) await ledger.updateLedgerEntries(undo.reopen.map((id) => ({ id, status: "open" as const })))
  }
)

type Payment = { seller_id: string; member_id: string; month: string; reference: string }

/** Marks a household's closed month paid (LedgerModuleService.markPaid); undone by setting it back to closed. */
export const markLedgerPaidStep = createStep(
  "mark-ledger-paid",
  async (input: Payment, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const unpaid = await ledger.listLedgerEntries({ seller_id: input.seller_id, member_id: input.member_id, month: input.month, status: "closed" }, { select: ["id"] })
    const { changed } = await ledger.markPaid(input.seller_id, input.member_id, input.month, input.reference)
    return new StepResponse({ changed }, changed ? unpaid.map((e) => e.id) : undefined)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container
        .resolve<LedgerModuleService>(LEDGER_MODULE)
        .updateLedgerEntries(ids.map((id) => ({ id, status: "closed" as const, paid_at: null, payment_reference: null })))
    }
  }
)
