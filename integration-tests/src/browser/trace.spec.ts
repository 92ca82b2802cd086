import type { Page } from "playwright-core"
import { associationToken, backendFetch, chromiumForSuite, fitsWidth, screenshotPath, sellerAccount, storefrontUrl } from "../support/browser"

// A buyer scans a lot's GS1 Digital Link on a 360 px phone: the seeded chestnut cooperative records a lot supplied by
// five of its households, the association inspects it, the cooperative issues its certificate; the trace page shows
// all of it in Chinese and English, and an unknown lot gets a clear not-found page.
jest.setTimeout(300_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 } }
const SELLER = "shengli-chestnut-coop"
const CODE = `BT-${Date.now().toString(36).toUpperCase()}`
const ALL = ["no_banned_inputs", "intervals_observed", "residues_within_limits", "truthful"]

/** A resident ID number with its GB 11643-1999 check character. */
function idNumber(n: number) {
  const base = `42112319850101${String(200 + n).padStart(3, "0")}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0)
  return base + "10X98765432"[sum % 11]
}

let link: string
let title: string

beforeAll(async () => {
  const { email, password } = sellerAccount(SELLER)
  const token = (await backendFetch<{ token: string }>("/auth/seller/emailpass", { method: "POST", body: { email, password } })).token
  const { products } = await backendFetch("/vendors/me/products", { token })
  const product = products.find((p: any) => p.categories?.[0]?.handle === "chestnut" && p.variants.some((v: any) => v.ean))
  const variant = product.variants.find((v: any) => v.ean)
  title = product.title
  const households = []
  for (let n = 0; n < 5; n++) {
    const member = { name: `测试农户${n}`, village: "錾字石村", id_number: idNumber(n), joined_at: "2018-03-01" }
    households.push({ member_id: (await backendFetch("/vendors/me/members", { method: "POST", body: member, token })).member.id, quantity: 20 })
  }
  const body = { product_id: product.id, code: CODE, kind: "harvest", produced_on: "2026-09-20", origin: { town: "胜利镇", village: "錾字石村" }, quantity: 100, unit: "kg", households }
  const { lot } = await backendFetch("/vendors/me/lots", { method: "POST", body, token })
  const inspection = { seller_id: (await backendFetch("/vendors/me", { token })).seller.id, category: "chestnut", lot: CODE, measurements: { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 } }
  const recorded = await backendFetch("/admin/inspections", { method: "POST", body: inspection, token: await associationToken() })
  await backendFetch(`/vendors/me/lots/${lot.id}/inspection`, { method: "POST", body: { inspection_id: recorded.inspection.id }, token })
  await backendFetch(`/vendors/me/lots/${lot.id}/certificates`, { method: "POST", body: { contact: "0713-5012345", commitments: ALL, basis: ["self_test"] }, token })
  link = `/01/0${variant.ean}/10/${CODE}`
})

const text = async (page: Page) => (await page.locator("main").innerText()).replace(/\s+/g, " ")

it("shows a scanned lot on a phone in Chinese, with its grade, households as a count, certificate and structured data", async () => {
  const page = await browser().newPage({ ...PHONE, locale: "zh-CN" })
  // The bare Digital Link, as printed in the QR code, lands on the Chinese page.
  await page.goto(`${storefrontUrl()}${link}`)
  expect(new URL(page.url()).pathname).toBe(`/zh-CN${link}`)
  await expect(page.locator("h1").innerText()).resolves.toBe(title)
  const main = await text(page)
  for (const words of [CODE, "采收日期 2026-09-20", "胜利镇 · 錾字石村", "等级: 特级", "本批实测", "38 粒/千克", "本批由 5 户社员农户供货", "承诺达标合格证", `${CODE}-1`, "0713-5012345"]) {
    expect([words, main.includes(words)]).toEqual([words, true])
  }
  expect(main).not.toContain("测试农户")
  // The origin on the county's schematic map: the lot's town marked, named with its village.
  const map = page.locator("figure.origin-map")
  await expect(map.locator("figcaption").innerText()).resolves.toContain("产地：罗田县胜利镇 錾字石村")
  await expect(map.locator("g.origin").getAttribute("data-town")).resolves.toBe("SL")
  expect(await map.locator("g.town").count()).toBe(12)
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').last().textContent())!)
  expect(data).toMatchObject({ "@type": "Product", hasGS1DigitalLink: link, gtin14: link.split("/")[2] })
  expect(await fitsWidth(page)).toBe(true)
  await page.screenshot({ path: screenshotPath("trace-phone-zh"), fullPage: true })
  await page.close()
})

it("reads in English, and says plainly when a lot is unknown", async () => {
  const page = await browser().newPage({ ...PHONE, locale: "en" })
  await page.goto(`${storefrontUrl()}/en${link}`)
  const main = await text(page)
  for (const words of ["Harvested 2026-09-20", "Grown in Shengli, 錾字石村, Luotian County", "38 per kg", "Supplied by 5 member households", "Compliance certificate"]) {
    expect([words, main.includes(words)]).toEqual([words, true])
  }
  expect(await fitsWidth(page)).toBe(true)
  await page.screenshot({ path: screenshotPath("trace-phone-en"), fullPage: true })

  const response = await page.goto(`${storefrontUrl()}/en${link.replace(CODE, "NO-SUCH-LOT")}`)
  expect(response?.status()).toBe(404)
  expect(await text(page)).toContain("No such lot")
  await page.close()
})
