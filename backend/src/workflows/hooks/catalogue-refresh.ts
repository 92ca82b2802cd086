import { updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { refreshCatalogue } from "../../search/refresh"

// Edits through Medusa's own workflows (the association's admin, a listing's approval, new photos) are searchable
// when they answer, as a seller's are (search/refresh.ts). Stock edits in Medusa's admin have no hook: their events
// bring them.
updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await refreshCatalogue(container, products.map((product) => product.id))
})

updateProductVariantsWorkflow.hooks.productVariantsUpdated(async ({ product_variants }, { container }) => {
  await refreshCatalogue(container, [...new Set(product_variants.map((variant) => variant.product_id!).filter(Boolean))])
})
