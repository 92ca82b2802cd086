import { z } from "@medusajs/framework/zod"

export const StoreStationsQuery = z.object({ town: z.string().trim().min(1).max(40).optional() }).strict()
