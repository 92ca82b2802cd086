import { MedusaService } from "@medusajs/framework/utils"
import Invite from "./models/invite"
import Member from "./models/member"
import Seller from "./models/seller"
import SellerUser from "./models/seller-user"

class SellerModuleService extends MedusaService({ Seller, SellerUser, Member, Invite }) {}

export default SellerModuleService
