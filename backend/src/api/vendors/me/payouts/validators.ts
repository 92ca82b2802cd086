import { z } from "@medusajs/framework/zod"

export const PayoutParams = z.object({ id: z.string().regex(/^setpi_[0-9A-Za-z]{1,64}$/, "must be a payout id") }).strict()
