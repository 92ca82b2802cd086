import { readFile } from "node:fs/promises"
import type { Page } from "playwright-core"
import { decodeQrFromPdf } from "../support/pdf-qr"
import { backendFetch, chromiumForSuite, fitsWidth, screenshotPath, sellerAccount, storefrontUrl } from "../support/browser"

// From the portal to a buyer's phone: the seeded chestnut cooperative opens one of its seeded lots on a 360 px phone,
// downloads the lot's label sheet, and the QR code decoded from the rasterised PDF opens the lot's trace page in
// Chinese with the product, grade, harvest date, households and certificate.
jest.setTimeout(300_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 }, locale: "zh-CN" }
const SELLER = "shengli-chestnut-coop"
const text = async (page: Page) => (await page.locator("main").innerText()).replace(/\s+/g, " ")

let page: Page
let lots: any[]
let households: number

beforeAll(async () => {
  const { email, password } = sellerAccount(SELLER)
  const token = (await backendFetch<{ token: string }>("/auth/seller/emailpass", { method: "POST", body: { email, password } })).token
  lots = (await backendFetch("/vendors/me/lots", { token })).lots
  households = (await backendFetch("/vendors/me/members", { token })).count
  page = await browser().newPage({ ...PHONE, acceptDownloads: true })
  await page.goto(`${storefrontUrl()}/zh-CN/portal/login?next=${encodeURIComponent("/zh-CN/portal/lots")}`)
  await page.getByLabel("电子邮箱").fill(email)
  await page.getByLabel("密码").fill(password)
  await page.getByRole("button", { name: "登录" }).click()
  await page.waitForURL(/\/zh-CN\/portal\/lots$/)
})

afterAll(() => page?.close())

it("lists the seller's seeded lots on a phone, each with its grade, quantities and certificate", async () => {
  await page.getByRole("heading", { level: 1, name: "批次溯源" }).waitFor()
  const main = await text(page)
  for (const lot of lots) expect([lot.code, main.includes(lot.code)]).toEqual([lot.code, true])
  expect(main).toContain(`${lots[0].certificates[0].number}`)
  expect(main).toContain("待入库")
  expect(await fitsWidth(page)).toBe(true)
  await page.screenshot({ path: screenshotPath("labels-portal-lots"), fullPage: true })
})

it("opens a lot, prints its labels, and the label's QR code opens the lot's trace on a phone", async () => {
  const lot = lots[0]
  await page.getByRole("link", { name: lot.code, exact: true }).click()
  await page.getByRole("heading", { level: 1, name: lot.code }).waitFor()
  const main = await text(page)
  for (const words of ["质检定级", `已定级：${lot.grade.name}`, "入库上架", "承诺达标合格证", lot.certificates[0].number, "打印包装标签", "发货去向", "8 户"]) {
    expect([words, main.includes(words)]).toEqual([words, true])
  }
  expect(await fitsWidth(page)).toBe(true)
  await page.screenshot({ path: screenshotPath("labels-portal-lot"), fullPage: true })

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载标签 PDF" }).click()])
  expect(download.suggestedFilename()).toBe(`labels-${lot.code}.pdf`)
  const pdf = await readFile((await download.path())!)
  const scanned = new URL(await decodeQrFromPdf(pdf))
  expect(scanned.pathname).toMatch(new RegExp(`^/01/\\d{14}/10/${lot.code}$`))

  // A buyer's phone opens the decoded address: the bare Digital Link lands on the Chinese trace page.
  const phone = await browser().newPage(PHONE)
  await phone.goto(`${storefrontUrl()}${scanned.pathname}`)
  expect(new URL(phone.url()).pathname).toBe(`/zh-CN${scanned.pathname}`)
  await expect(phone.locator("h1").innerText()).resolves.toBe(lot.product.title)
  const trace = await text(phone)
  for (const words of [lot.code, `采收日期 ${lot.produced_on}`, `等级: ${lot.grade.name}`, "本批由 8 户社员农户供货", "承诺达标合格证", lot.certificates[0].number]) {
    expect([words, trace.includes(words)]).toEqual([words, true])
  }
  expect(await fitsWidth(phone)).toBe(true)
  await phone.screenshot({ path: screenshotPath("labels-scanned-trace-zh"), fullPage: true })
  await phone.close()
})

it("offers the form to record a lot with the seller's households, on a phone", async () => {
  await page.goto(`${storefrontUrl()}/zh-CN/portal/lots/new`)
  const form = page.getByRole("form", { name: "登记新批次" })
  await form.waitFor()
  // Each of the seller's households (the seed's eight, and any a suite added) with a quantity field.
  expect(households).toBeGreaterThanOrEqual(8)
  expect(await form.getByLabel(/^供货社员及数量 · /).count()).toBe(households)
  expect(await fitsWidth(page)).toBe(true)
  await page.screenshot({ path: screenshotPath("labels-portal-new-lot"), fullPage: true })
})

it("shows on a product page the lot the next package ships from, linking to its trace", async () => {
  const phone = await browser().newPage(PHONE)
  await phone.goto(`${storefrontUrl()}/zh-CN/products/old-tree-chestnut-special`)
  const section = phone.getByRole("region", { name: "本批次" })
  const facts = (await section.locator(".lot-facts div").allInnerTexts()).map((row) => row.replace(/\s+/g, " "))
  const code = facts.find((row) => row.startsWith("批次 "))?.slice("批次 ".length)
  expect(code).toMatch(/^CFC-\d{4}-\d{4}-\d{2}$/)
  expect(facts).toEqual(expect.arrayContaining([expect.stringMatching(/^采收日期 \d{4}-\d{2}-\d{2}$/), "产地 胜利镇 屯兵堰村", expect.stringContaining(`承诺达标合格证 ${code}-1`)]))
  expect(await fitsWidth(phone)).toBe(true)
  await phone.screenshot({ path: screenshotPath("labels-product-lot-zh"), fullPage: true })
  await section.getByRole("link", { name: "查看本批次溯源" }).click()
  await phone.waitForURL(new RegExp(`/zh-CN/01/\\d{14}/10/${code}$`))
  expect(await text(phone)).toContain("采收日期")
  await phone.close()
})
