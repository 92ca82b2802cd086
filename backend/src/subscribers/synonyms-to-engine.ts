import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { applySynonymsWorkflow } from "../workflows/synonym/apply-synonyms"

// An edited synonym group reaches the search engine within a second, not at the next minute's job.
export default async function synonymsToEngine({ container }: SubscriberArgs<{ id: string }>) {
  await applySynonymsWorkflow(container).run()
}

export const config: SubscriberConfig = { event: ["synonym-group.created", "synonym-group.deleted"] }
