// Tags of the data cache: searches and listings ("catalogue"), seller pages ("sellers"), lots' trace pages ("trace"),
// the public impact figures ("impact"), one product's page.
export const CATALOGUE = "catalogue"
export const SELLERS = "sellers"
export const TRACE = "trace"
export const IMPACT = "impact"
export const productTag = (handle: string) => `product:${handle}`

export const isCacheTag = (tag: unknown): tag is string =>
  typeof tag === "string" && ([CATALOGUE, SELLERS, TRACE, IMPACT].includes(tag) || /^product:[\p{L}\p{N}_-]{1,200}$/u.test(tag))
