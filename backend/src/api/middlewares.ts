import { defineMiddlewares } from "@medusajs/framework/http"
import { CatalogueQuery } from "../lib/catalogue/query"
import { validateQuery } from "./validate"

export default defineMiddlewares({
  routes: [{ matcher: "/store/catalogue", methods: ["GET"], middlewares: [validateQuery(CatalogueQuery)] }],
})
