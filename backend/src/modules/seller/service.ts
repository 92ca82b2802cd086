import { MedusaService } from "@medusajs/framework/utils"
import Member from "./models/member"
import Seller from "./models/seller"
import SellerUser from "./models/seller-user"

class SellerModuleService extends MedusaService({ Seller, SellerUser, Member }) {}

export default SellerModuleService
