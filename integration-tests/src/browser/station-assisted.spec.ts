import type { Page } from "playwright-core"
import { chromiumForSuite, fitsWidth, screenshotPath, logInAsStation, storefrontUrl } from "../support/browser"
import { cents, listing, yuan } from "../support/shop"

jest.setTimeout(300_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 }, locale: "zh-CN" }
// The Chen family's chestnuts (a seeded household seller), ordered by the Zanzishi village station for a villager.
const CHESTNUT = "old-tree-chestnut-special"
const PICKUP = 300n
const VILLAGER = { name: "汪桂芝", phone: "13972715836" }

const shop = (path: string) => `${storefrontUrl()}${path}`
const shot = (page: Page, step: string) => page.screenshot({ path: screenshotPath(`station-assisted-${step}`), fullPage: true })

describe("代购 at a village station", () => {
  it("an operator on a phone orders for a villager: search, quantity, villager, place; the code and Medusa's total", async () => {
    const chestnut = await listing(CHESTNUT)
    const price = cents(chestnut.price_cny)
    const page = await browser().newPage(PHONE)
    page.setDefaultTimeout(60_000)
    await logInAsStation(page, "SL-ZZS")

    await page.getByRole("link", { name: "代购" }).click()
    await page.waitForURL(/\/zh-CN\/station\/assisted$/)
    await page.getByRole("link", { name: "新的代购订单" }).click()
    await page.getByLabel("搜索商品").fill(chestnut.title)
    await page.getByRole("button", { name: "搜索" }).click()
    const size = page.locator(`[data-variant="${chestnut.variant_id}"]`)
    await size.getByLabel("数量").fill("2")
    await size.getByRole("button", { name: "加入" }).click()
    await page.locator(".assisted-basket li").first().waitFor()
    await expect(page.locator(".assisted-basket").innerText()).resolves.toContain("× 2")
    await expect(page.locator(".station-form .parcel-cash").innerText()).resolves.toContain(yuan(price * 2n))
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "basket")

    // A wrong phone is refused by the backend, naming it; the basket stays.
    await page.getByLabel("村民姓名").fill(VILLAGER.name)
    await page.getByLabel("手机号（11 位）").evaluate((input: HTMLInputElement) => input.removeAttribute("pattern"))
    await page.getByLabel("手机号（11 位）").fill("12345678901")
    await page.getByRole("button", { name: "下单（到站付现金）" }).click()
    await page.locator(".station-error", { hasText: "手机号不对" }).waitFor()
    expect(page.url()).not.toContain("12345678901")
    await page.getByLabel("村民姓名").fill(VILLAGER.name)
    await page.getByLabel("手机号（11 位）").fill(VILLAGER.phone)
    await page.getByRole("button", { name: "下单（到站付现金）" }).click()
    await page.waitForURL(/\/zh-CN\/station\/assisted\/sasd_/)
    expect(page.url()).not.toContain(VILLAGER.phone)
    await expect(page.getByTestId("pickup-code").innerText()).resolves.toMatch(/^\d{6}$/)
    await expect(page.locator(".cash-sums").innerText()).resolves.toContain(yuan(price * 2n + PICKUP))
    await expect(page.locator(".station").innerText()).resolves.toContain(`${VILLAGER.name} · ${VILLAGER.phone}`)
    await expect(page.locator(".parcel-card").first().innerText()).resolves.toContain("等待卖家发货")
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "placed")

    await page.getByRole("link", { name: "返回代购订单" }).click()
    await expect(page.locator(".parcel-list").innerText()).resolves.toContain(VILLAGER.name)
    expect(await fitsWidth(page)).toBe(true)
  })
})
