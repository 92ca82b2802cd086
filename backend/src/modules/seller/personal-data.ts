import { createCipheriv, randomBytes, scryptSync } from "node:crypto"

// Households' ID numbers are stored with AES-256-GCM. The key comes from PERSONAL_DATA_KEY (any long
// secret); losing it makes the stored numbers unreadable, so it is kept apart from the database. Deriving it takes
// scrypt's deliberate tens of milliseconds, so it is derived once per secret.
let derived: { secret: string; key: Buffer } | undefined
function key() {
  const secret = process.env.PERSONAL_DATA_KEY
  if (!secret || secret.length < 16) {
    throw new Error("PERSONAL_DATA_KEY must be set to a secret of at least 16 characters")
  }
  if (derived?.secret !== secret) derived = { secret, key: scryptSync(secret, "luotian-personal-data", 32) }
  return derived.key
}

export function encryptPersonal(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", key(), iv)
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), data.toString("base64")].join(".")
}

/** Only the last four characters ever leave the database. */
export const maskIdNumber = (last4: string) => `************${last4}`

// Resident identity number, GB 11643-1999: 17 digits and a check character (0-9 or X).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0)
  return "10X98765432"[sum % 11] === id[17]
}
