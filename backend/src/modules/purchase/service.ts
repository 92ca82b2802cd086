import { MedusaService } from "@medusajs/framework/utils"
import Purchase from "./models/purchase"
import Share from "./models/share"

class PurchaseModuleService extends MedusaService({ Purchase, Share }) {}

export default PurchaseModuleService
