import { z } from "@medusajs/framework/zod"
import { IntakeBody as Intake } from "@luotian/contract"

export const CreateIntake = Intake
export type CreateIntake = z.infer<typeof Intake>
export const ListIntakesQuery = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day as YYYY-MM-DD").optional() }).strict()
export const IntakeParams = z.object({ id: z.string().regex(/^sintk_[0-9A-Z]{26}$/, "must be an intake id") }).strict()
export const IntakeSellerParams = z.object({ id: z.string().regex(/^sel_[0-9A-Z]{26}$/, "must be a seller id") }).strict()
