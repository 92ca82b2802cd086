// Products read through Query as one graph of `fields` would read them, for many products at once (the index's
// rebuild, a seller's list, a sheet's listings), in up to four Query graphs instead of one. In one graph, MikroORM's
// serializer walked, for each product, every product of its category read with it (through category.products):
// quadratic in the batch, 55 s per 5,000 products (47 s for a seller's 1,250). Prices and stock read through the
// variants' links cost twice what their link rows and flat price and level rows do. Same data, same order.
type Row = Record<string, any>
type Query = { graph: (config: Row) => Promise<{ data: Row[] }> }

// Read apart, whichever of their fields are asked for: a category's id, handle, name and metadata; a price's amount and
// currency; a stock level's quantities and location.
const [CATEGORIES, PRICES, STOCK] = ["categories.", "variants.prices.", "variants.inventory_items."]
const CATEGORY_FIELDS = ["id", "handle", "name", "metadata"]

const group = <T>(rows: Row[], key: string, value: (row: Row) => T) => {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const list = groups.get(row[key])
    if (list) list.push(value(row))
    else groups.set(row[key], [value(row)])
  }
  return groups
}

export async function productRows(query: Query, fields: string[], filters: Row, pagination: Row = {}): Promise<Row[]> {
  const asks = (prefix: string) => fields.some((field) => field.startsWith(prefix))
  const main = fields.filter((field) => ![CATEGORIES, PRICES, STOCK].some((prefix) => field.startsWith(prefix)))
  const keys = ["id", ...(asks(PRICES) || asks(STOCK) ? ["variants.id"] : [])]
  const { data: products } = await query.graph({ entity: "product", fields: [...new Set([...keys, ...main])], filters, pagination })
  const variants = products.flatMap((product) => product.variants ?? [])
  const variantIds = variants.map((variant) => variant.id)
  const [categories, prices, stock] = await Promise.all([
    asks(CATEGORIES) ? categoriesOf(query, products.map((product) => product.id)) : null,
    asks(PRICES) ? pricesOf(query, variantIds) : null,
    asks(STOCK) ? stockOf(query, variantIds) : null,
  ])
  if (categories) for (const product of products) product.categories = categories.get(product.id) ?? []
  for (const variant of variants) {
    if (prices) variant.prices = prices.get(variant.id) ?? []
    if (stock) variant.inventory_items = stock.get(variant.id) ?? []
  }
  return products
}

/** Each product's categories: the products of these in each category; one in several is read the old way, keeping their order. */
async function categoriesOf(query: Query, productIds: string[]): Promise<Map<string, Row[]>> {
  const byProduct = new Map<string, Row[]>()
  if (!productIds.length) return byProduct
  const { data: categories } = await query.graph({ entity: "product_category", fields: CATEGORY_FIELDS })
  const members = await Promise.all(
    categories.map((category) => query.graph({ entity: "product", fields: ["id"], filters: { id: productIds, categories: { id: category.id } } }))
  )
  members.forEach(({ data }, i) => data.forEach(({ id }) => byProduct.set(id, [...(byProduct.get(id) ?? []), categories[i]])))
  const several = [...byProduct].filter(([, list]) => list.length > 1).map(([id]) => id)
  if (several.length) {
    const { data } = await query.graph({ entity: "product", fields: ["id", ...CATEGORY_FIELDS.map((field) => `categories.${field}`)], filters: { id: several } })
    data.forEach((product) => byProduct.set(product.id, product.categories))
  }
  return byProduct
}

/** Each variant's prices, through its price set link. */
async function pricesOf(query: Query, variantIds: string[]): Promise<Map<string, Row[]>> {
  if (!variantIds.length) return new Map()
  const { data: links } = await query.graph({ entity: "product_variant_price_set", fields: ["variant_id", "price_set_id"], filters: { variant_id: variantIds } })
  const { data: prices } = links.length
    ? await query.graph({
        entity: "price",
        fields: ["price_set_id", "amount", "currency_code"],
        filters: { price_set_id: links.map((link) => link.price_set_id) },
        // In the order they were made (ids are time-ordered), as one graph returns them.
        pagination: { order: { id: "ASC" } },
      })
    : { data: [] }
  const bySet = group(prices, "price_set_id", (price) => ({ amount: price.amount, currency_code: price.currency_code }))
  const byVariant = group(links, "variant_id", (link) => bySet.get(link.price_set_id) ?? [])
  return new Map([...byVariant].map(([id, sets]) => [id, sets.flat()]))
}

/** Each variant's inventory items with their stock levels, through its inventory item links. */
async function stockOf(query: Query, variantIds: string[]): Promise<Map<string, Row[]>> {
  if (!variantIds.length) return new Map()
  const { data: links } = await query.graph({ entity: "product_variant_inventory_item", fields: ["variant_id", "inventory_item_id"], filters: { variant_id: variantIds } })
  const { data: levels } = links.length
    ? await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"],
        filters: { inventory_item_id: links.map((link) => link.inventory_item_id) },
      })
    : { data: [] }
  const byItem = group(levels, "inventory_item_id", (level) => level)
  return group(links, "variant_id", (link) => ({ inventory: { location_levels: byItem.get(link.inventory_item_id) ?? [] } }))
}
