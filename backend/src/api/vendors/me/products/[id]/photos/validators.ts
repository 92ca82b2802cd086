import { z } from "@medusajs/framework/zod"

// Every photo of the product, once, in the order the buyer sees them (checked against the product in the route).
export const ReorderPhotos = z.object({ image_ids: z.array(z.string().trim().min(1).max(100)).min(1).max(100) }).strict()
export type ReorderPhotos = z.infer<typeof ReorderPhotos>
