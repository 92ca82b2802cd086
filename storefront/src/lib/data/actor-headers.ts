import { headers } from "next/headers"

/**
 * Headers of a backend call made for an actor: its token; or, for an anonymous call (logging in, registering), the
 * address the visitor's request came from, so that the backend's attempt limits count the visitor and not this server.
 * The last X-Forwarded-For entry is the one the nearest proxy (or Next itself) set: one hop is trusted, as the
 * backend trusts one.
 */
export async function actorHeaders(token?: string): Promise<Record<string, string>> {
  if (token) return { authorization: `Bearer ${token}` }
  const address = (await headers()).get("x-forwarded-for")?.split(",").pop()?.trim()
  return address ? { "x-forwarded-for": address } : {}
}
