import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { NewEntry } from "../../../modules/ledger/service"

/** Posts the entries not posted before (LedgerModuleService.postEntries); undone by removing what it posted. */
export const postLedgerEntriesStep = createStep(
  "post-ledger-entries",
  async (entries: NewEntry[], { container }) => {
    const ids = await container.resolve<LedgerModuleService>(LEDGER_MODULE).postEntries(entries)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<LedgerModuleService>(LEDGER_MODULE).undoPosting(ids)
  }
)
