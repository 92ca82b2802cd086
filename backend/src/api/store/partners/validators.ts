import { z } from "@medusajs/framework/zod"
import { POINT_CODE } from "../../../modules/partner/rules"

export const PartnerCodeParams = z
  .object({ code: z.string().max(40).regex(POINT_CODE, "must be a partner point's code, e.g. tiantangzhai") })
  .strict()

// The scan the buyer's cookie holds (POST /store/partners/:code/scans answered it).
export const CartPartnerBody = z.object({ scan_id: z.string().regex(/^pscan_[0-9A-Z]+$/, "must be a scan id (pscan_…)") }).strict()
export type CartPartnerBody = z.infer<typeof CartPartnerBody>
