import { randomBytes } from "node:crypto"

// The secrets that sign the backend's tokens (JWT_SECRET) and session cookies (COOKIE_SECRET). Anyone who knows one
// can forge a login of any actor, so a secret everyone knows (Medusa's "supersecret", an example's placeholder) or
// one short enough to guess never signs anything.

export type TokenSecretName = "JWT_SECRET" | "COOKIE_SECRET"

export const MIN_SECRET_LENGTH = 32
// Compared without case and without separators: "Super-Secret" is "supersecret".
const KNOWN = ["supersecret", "secret", "changeme", "password", "medusa", "jwtsecret", "cookiesecret", "test", "default"]
const PLACEHOLDERS = ["supersecret", "changeme", "replaceme", "yoursecret", "example"]
const MIN_DISTINCT_CHARACTERS = 8

/** Why `value` may not sign tokens, or undefined when it may. */
export function secretProblem(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") return "is not set"
  const plain = value.toLowerCase().replace(/[^a-z0-9]/g, "")
  if (KNOWN.includes(plain) || PLACEHOLDERS.some((word) => plain.includes(word))) return "is a known default or placeholder"
  if (value.length < MIN_SECRET_LENGTH) return `is shorter than ${MIN_SECRET_LENGTH} characters`
  if (new Set(value).size < MIN_DISTINCT_CHARACTERS) return `has fewer than ${MIN_DISTINCT_CHARACTERS} different characters`
  return undefined
}

/**
 * The secret `name` signs with. In production (NODE_ENV=production, as `medusa start` and docker-compose run) a
 * missing or weak one stops the backend. Elsewhere it is replaced by a random one for this process (logins then
 * last until a restart), so that no known string ever signs a token.
 */
export function tokenSecret(name: TokenSecretName, env: NodeJS.ProcessEnv = process.env, warn = console.warn): string {
  const value = env[name]
  const problem = secretProblem(value)
  if (!problem) return value as string
  if (env.NODE_ENV === "production") {
    throw new Error(
      `${name} ${problem}. In production the backend needs a random secret of at least ${MIN_SECRET_LENGTH} ` +
        `characters that is no known default (e.g. \`openssl rand -hex 32\`) and does not start without one.`
    )
  }
  if (value?.trim()) warn(`${name} ${problem}: using a random secret for this process instead.`)
  return randomBytes(32).toString("hex")
}
