import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto"

// Personal data kept sealed at rest (members' ID numbers, sellers' payout account numbers): AES-256-GCM with a key
// from PERSONAL_DATA_KEY (any long secret); losing it makes the stored values unreadable, so it is kept apart from
// the database. Deriving the key takes scrypt's deliberate tens of milliseconds, so it is derived once per secret.
let derived: { secret: string; key: Buffer } | undefined
function key() {
  const secret = process.env.PERSONAL_DATA_KEY
  if (!secret || secret.length < 16) {
    throw new Error("PERSONAL_DATA_KEY must be set to a secret of at least 16 characters")
  }
  if (derived?.secret !== secret) derived = { secret, key: scryptSync(secret, "luotian-personal-data", 32) }
  return derived.key
}

export function seal(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", key(), iv)
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), data.toString("base64")].join(".")
}

/** The plain value of seal()'s output; throws if it was tampered with or sealed under another key. */
export function unseal(sealed: string): string {
  const [version, iv, tag, data] = sealed.split(".")
  if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("Not a sealed value")
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64"))
  decipher.setAuthTag(Buffer.from(tag, "base64"))
  return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8")
}
