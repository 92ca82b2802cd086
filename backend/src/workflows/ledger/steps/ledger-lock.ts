import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"

// Posting and closing a seller's ledger run one at a time per seller: a close never misses an entry posted meanwhile,
// and two postings of one source never both find it new.
export const ledgerLockKey = (seller_id: string) => `ledger:${seller_id}`
export const lockLedger = (key: string) => acquireLockStep({ key, timeout: 30, ttl: 60 })
export const unlockLedger = (key: string) => releaseLockStep({ key })
