import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import PartnerModule from "../modules/partner"

// A point's shelf: the products it serves or shows, chosen by the association; a product may be on many shelves.
export default defineLink({ linkable: PartnerModule.linkable.partnerPoint, isList: true }, { linkable: ProductModule.linkable.product, isList: true })
