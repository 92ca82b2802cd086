import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { CatalogueQuery } from "../lib/catalogue/query"
import { ListSellersQuery, SellerStatusBody } from "./admin/sellers/validators"
import { hideUnlistedSellers } from "./store/products/hide-unlisted-sellers"
import { validateBody, validateQuery } from "./validate"
import { CreateMember } from "./vendors/me/members/validators"
import { CreateSellerProduct, SetStock, UpdateSellerProduct } from "./vendors/me/products/validators"
import { AcceptInvite, InviteStaff, RegisterSeller, UpdateSellerProfile } from "./vendors/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/catalogue", methods: ["GET"], middlewares: [validateQuery(CatalogueQuery)] },
    { matcher: "/store/products", methods: ["GET"], middlewares: [hideUnlistedSellers] },
    { matcher: "/store/products/:id", methods: ["GET"], middlewares: [hideUnlistedSellers] },
    {
      matcher: "/vendors",
      methods: ["POST"],
      middlewares: [authenticate("seller", "bearer", { allowUnregistered: true }), validateBody(RegisterSeller)],
    },
    {
      matcher: "/vendors/invites/accept",
      methods: ["POST"],
      middlewares: [authenticate("seller", "bearer", { allowUnregistered: true }), validateBody(AcceptInvite)],
    },
    { matcher: "/vendors/me*", middlewares: [authenticate("seller", ["bearer", "session"])] },
    { matcher: "/vendors/me", methods: ["POST"], middlewares: [validateBody(UpdateSellerProfile)] },
    { matcher: "/vendors/me/invites", methods: ["POST"], middlewares: [validateBody(InviteStaff)] },
    { matcher: "/vendors/me/members", methods: ["POST"], middlewares: [validateBody(CreateMember)] },
    { matcher: "/vendors/me/products", methods: ["POST"], middlewares: [validateBody(CreateSellerProduct)] },
    { matcher: "/vendors/me/products/:id", methods: ["POST"], middlewares: [validateBody(UpdateSellerProduct)] },
    { matcher: "/vendors/me/products/:id/stock", methods: ["POST"], middlewares: [validateBody(SetStock)] },
    { matcher: "/admin/sellers", methods: ["GET"], middlewares: [validateQuery(ListSellersQuery)] },
    { matcher: "/admin/sellers/:id/status", methods: ["POST"], middlewares: [validateBody(SellerStatusBody)] },
  ],
})
