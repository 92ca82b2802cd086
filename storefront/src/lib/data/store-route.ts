import { medusa } from "./client"

/**
 * Reads a store route through Next's data cache (`revalidate` seconds); null when it answers 404. Any other
 * failure throws, so that a page already cached is kept rather than replaced by an outage or a wrong 404.
 */
export async function readOrNull<T>(path: string, revalidate: number, tags: string[]): Promise<T | null> {
  try {
    return await medusa().client.fetch<T>(path, { next: { revalidate, tags } })
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}
