type Search = (params: Record<string, string>) => Promise<any>

/** The price-band counts a buyer should see for these prices, counted here independently of the backend. */
function expectedBands(prices: number[]) {
  const bands: [string, number, number][] = [["0-50", 0, 50], ["50-100", 50, 100], ["100-200", 100, 200], ["200-", 200, Infinity]]
  return bands.map(([key, from, to]) => ({ key, count: prices.filter((price) => price >= from && price < to).length }))
}

/** Checks the price facet: right counts, and every band kept while one band is chosen. */
export async function expectPriceBands(search: Search) {
  const all = await search({ limit: "100" })
  const bands = expectedBands(all.hits.map((hit: any) => hit.price_cny))
  expect(all.facets.price.map(({ key, count }: any) => ({ key, count }))).toEqual(bands)
  const chosen = await search({ price_min: "100", price_max: "199.99", limit: "100" })
  expect(chosen.count).toBe(bands[2].count)
  expect(chosen.facets.price.map(({ key, count }: any) => ({ key, count }))).toEqual(bands)
  return all
}
