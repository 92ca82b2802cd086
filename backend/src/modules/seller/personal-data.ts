import { seal } from "../../lib/sealed"

// Households' ID numbers are sealed at rest (lib/sealed.ts: AES-256-GCM, key from PERSONAL_DATA_KEY).
export const encryptPersonal = seal

/** Only the last four characters ever leave the database. */
export const maskIdNumber = (last4: string) => `************${last4}`

// Resident identity number, GB 11643-1999: 17 digits and a check character (0-9 or X).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0)
  return "10X98765432"[sum % 11] === id[17]
}
