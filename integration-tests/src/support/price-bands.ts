/** The price-band counts a buyer should see for these prices, counted here independently of the backend. */
export function expectedBands(prices: number[]) {
  const bands: [string, number, number][] = [["0-50", 0, 50], ["50-100", 50, 100], ["100-200", 100, 200], ["200-", 200, Infinity]]
  return bands.map(([key, from, to]) => ({ key, count: prices.filter((price) => price >= from && price < to).length }))
}
