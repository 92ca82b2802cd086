import type { Page } from "playwright-core"
import { associationToken, backendFetch, chromiumForSuite, storefrontUrl } from "../support/browser"

// The public pages as a phone renders them, over the seeded sellers (cooperatives of many households, family farms of
// two) and their lots: no member household's name, phone or ID number, and no number of households under five
// (README, "Household incomes and impact"). The store API's answers are swept by the HTTP suite household-privacy.
jest.setTimeout(300_000)

const browser = chromiumForSuite()
const LOCALES = ["zh-CN", "en"] as const

/**
 * Every count of households a page's text states: "8 户", "8 户社员", "8 member households", "8 households". Within a
 * line only: a figure ending one line is not a count of the label ("Households with income") starting the next.
 */
function householdCounts(text: string): number[] {
  const zh = [...text.matchAll(/(\d[\d,]*)[ \u00a0]*户/g)]
  const en = [...text.matchAll(/(\d[\d,]*)[ \u00a0]+(?:member[ \u00a0]+)?households?\b/g)]
  return [...zh, ...en].map((match) => Number(match[1]!.replace(/,/g, "")))
}

let personal: string[]
let paths: string[]
let page: Page

beforeAll(async () => {
  const token = await associationToken()
  const { sellers } = await backendFetch("/admin/sellers", { token })
  const members = (await Promise.all(sellers.map((s: any) => backendFetch(`/admin/sellers/${s.id}/members`, { token })))).flatMap((r: any) => r.members)
  personal = members.flatMap((m: any) => [m.name, m.phone]).filter((datum) => datum?.length >= 2)
  expect(members.length).toBeGreaterThan(20)

  // One product of each seller on sale, and the trace page of the lot it ships from.
  const storeKey = (await backendFetch("/admin/api-keys?type=publishable", { token })).api_keys[0].token
  const store = { headers: { "x-publishable-api-key": storeKey } }
  const { hits } = await backendFetch("/store/catalogue?limit=100", store)
  const bySeller = new Map<string, string>(hits.map((h: any) => [h.seller.handle, h.handle]).reverse())
  const traces = await Promise.all([...bySeller.values()].map(async (handle) => (await backendFetch(`/store/catalogue/${handle}/lot`, store)).lot?.trace_path))
  const tracePaths = traces.filter(Boolean) as string[]
  expect(tracePaths.length).toBeGreaterThanOrEqual(3)
  paths = [
    "", "/impact",
    ...[...bySeller.keys()].map((seller) => `/sellers/${seller}`),
    ...[...bySeller.values()].map((product) => `/products/${product}`),
    ...tracePaths,
  ]
  page = await browser().newPage({ viewport: { width: 360, height: 780 } })
})

afterAll(() => page?.close())

it.each(LOCALES)("shows no household's personal data and no group under five on any public page (%s)", async (locale) => {
  const seen: number[] = []
  for (const path of paths) {
    const response = await page.goto(`${storefrontUrl()}/${locale}${path}`)
    expect([path, response?.status()]).toEqual([path, 200])
    const html = await page.content()
    for (const datum of personal) expect([path, datum, html.includes(datum)]).toEqual([path, datum, false])
    expect([path, html.match(/421123\d{11}[\dX]/)]).toEqual([path, null])
    const counts = householdCounts(await page.locator("body").innerText())
    for (const count of counts) expect([path, count >= 5]).toEqual([path, true])
    seen.push(...counts)
  }
  // The sweep read counts (the cooperatives'), and the family farms' two households showed as "fewer than 5".
  expect(seen.length).toBeGreaterThan(0)
  await page.goto(`${storefrontUrl()}/${locale}/sellers/chen-family-chestnut`)
  await expect(page.locator("main").innerText()).resolves.toContain(locale === "en" ? "fewer than 5" : "不足5户")
})
