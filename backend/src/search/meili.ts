// Calls to Meilisearch's own API with the backend's key, for what the Search Module has no words for (synonyms per
// physical index, the public search key, swapping indexes).
const TASK_TIMEOUT_MS = 120_000

export const meiliHost = () => process.env.MEILISEARCH_HOST?.replace(/\/$/, "")

export async function meili(path: string, init: RequestInit = {}) {
  const key = process.env.MEILISEARCH_API_KEY
  const response = await fetch(`${meiliHost()}${path}`, {
    ...init,
    headers: { "content-type": "application/json", ...(key && { authorization: `Bearer ${key}` }) },
  })
  if (!response.ok) throw new Error(`Meilisearch ${init.method ?? "GET"} ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

/** Waits for a task to succeed; throws when it fails or takes longer than two minutes. */
export async function waitForTask(taskUid: number) {
  const deadline = Date.now() + TASK_TIMEOUT_MS
  while (Date.now() < deadline) {
    const task = await meili(`/tasks/${taskUid}`)
    if (task.status === "succeeded") return task
    if (task.status === "failed" || task.status === "canceled") {
      throw new Error(`Meilisearch task ${taskUid} ${task.status}: ${task.error?.message ?? ""}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`Meilisearch task ${taskUid} still pending after ${TASK_TIMEOUT_MS} ms`)
}
