import { MedusaService } from "@medusajs/framework/utils"
import Seller from "./models/seller"
import SellerUser from "./models/seller-user"

class SellerModuleService extends MedusaService({ Seller, SellerUser }) {}

export default SellerModuleService
