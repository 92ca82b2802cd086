import type { Page } from "playwright-core"
import { associationCredentials, backendUrl, chromiumForSuite, screenshotPath, storefrontUrl } from "../support/browser"

jest.setTimeout(180_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 } }
// A seeded listing of a household seller in two sizes: ¥92 for 2.5 kg (¥36.80 a kilogram) and ¥184 for 5 kg.
const PRODUCT = "old-tree-chestnut-special"

const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts()
const jsonLd = async (page: Page) => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null")
/** Nothing sticks out sideways on a 360 px screen, nor is cut off inside a product card. */
const fitsWidth = (page: Page) =>
  page.evaluate(
    () =>
      document.documentElement.scrollWidth <= window.innerWidth &&
      [...document.querySelectorAll(".product-card-body")].every((body) => body.scrollWidth <= body.clientWidth)
  )

async function backend(path: string, body: unknown, token?: string) {
  const response = await fetch(`${backendUrl()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

describe("product and seller pages", () => {
  it("shows a product's brand name, grade criteria, prices and seller in Chinese on a phone", async () => {
    const page = await browser().newPage({ ...PHONE, locale: "zh-CN" })
    const response = await page.goto(`${storefrontUrl()}/zh-CN/products/${PRODUCT}`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN")
    await expect(page.locator("h1").innerText()).resolves.toBe("老树鲜板栗 · 特级")
    // The facts are the chosen size's: the lightest until the buyer picks another.
    const facts = async () => (await texts(page, ".product-facts div")).map((row) => row.replace(/\s+/g, " "))
    expect(await facts()).toEqual(["价格 ¥92.00", "折合每千克 ¥36.80 / 千克", "等级 特级", "净含量 2.5 kg", "库存 有货"])
    const sizes = page.getByRole("group", { name: "选择规格" }).getByRole("radio")
    expect(await sizes.count()).toBe(2)
    expect(await page.getByRole("radio", { name: /^2\.5 kg/ }).isChecked()).toBe(true)
    await page.getByRole("radio", { name: /^5 kg/ }).check()
    expect(await facts()).toEqual(["价格 ¥184.00", "折合每千克 ¥36.80 / 千克", "等级 特级", "净含量 5 kg", "库存 有货"])
    await expect(page.locator(".grade-criteria h2").innerText()).resolves.toBe("“特级”的标准")
    expect(await texts(page, ".grade-criteria li")).toEqual(["每千克粒数 ≤ 40 粒/千克", "瘪粒与裂嘴果 ≤ 2 %", "霉烂与虫蛀果：不允许"])
    await expect(page.locator(".grade-criteria").innerText()).resolves.toContain("GB/T 22346-2023")
    expect(await page.locator(".product-gallery img").first().getAttribute("alt")).toBe("老树鲜板栗 · 特级")
    const seller = (await page.locator(".seller-card").innerText()).replace(/\s+/g, " ")
    expect(seller).toContain("陈家板栗（胜利镇家庭农户）")
    expect(seller).toContain("农户 胜利镇 · 屯兵堰村")

    // Two sizes: an AggregateOffer holding an Offer per size.
    expect(await jsonLd(page)).toMatchObject({
      "@type": "Product",
      name: "老树鲜板栗 · 特级",
      brand: { "@type": "Brand" },
      offers: {
        "@type": "AggregateOffer",
        lowPrice: "92.00",
        highPrice: "184.00",
        offerCount: 2,
        priceCurrency: "CNY",
        availability: "https://schema.org/InStock",
        offers: [
          { name: "老树鲜板栗 · 特级 · 2.5 kg", price: "92.00", priceSpecification: { price: "36.80" } },
          { name: "老树鲜板栗 · 特级 · 5 kg", price: "184.00", priceSpecification: { price: "36.80" } },
        ],
      },
    })
    expect(await fitsWidth(page)).toBe(true)
    await page.screenshot({ path: screenshotPath("product-zh-CN"), fullPage: true })

    await page.getByRole("link", { name: "陈家板栗（胜利镇家庭农户）" }).click()
    await page.waitForURL(/\/zh-CN\/sellers\/chen-family-chestnut$/)
    await expect(page.locator("h1").innerText()).resolves.toBe("陈家板栗（胜利镇家庭农户）")
    const profile = (await page.locator(".product-facts").innerText()).replace(/\s+/g, " ")
    // Two households: fewer than five, so their number stays hidden too.
    expect(profile).toBe("类型 农户 所在乡镇 胜利镇 村 屯兵堰村 社员农户 不足5户")
    await expect(page.locator("main").innerText()).resolves.toContain("一家人照看三十亩老栗树")
    expect(await texts(page, "article.product-card h3")).toEqual(expect.arrayContaining(["老树鲜板栗 · 特级", "老树鲜板栗 · 一级"]))
    expect(await fitsWidth(page)).toBe(true)
    await page.screenshot({ path: screenshotPath("seller-zh-CN"), fullPage: true })

    // A product card leads back to the product's page.
    await page.getByRole("link", { name: "老树鲜板栗 · 一级" }).click()
    await page.waitForURL(/\/zh-CN\/products\/old-tree-chestnut-first$/)
    await expect(page.locator(".price-now").innerText()).resolves.toBe("¥128.00")
    await page.close()
  })

  it("switches both pages to English", async () => {
    const page = await browser().newPage(PHONE)
    await page.goto(`${storefrontUrl()}/zh-CN/products/${PRODUCT}`)
    await page.getByRole("link", { name: "English" }).click()
    await page.waitForURL(new RegExp(`/en/products/${PRODUCT}$`))
    expect(await page.getAttribute("html", "lang")).toBe("en")
    await expect(page.locator("h1").innerText()).resolves.toBe("Old-tree fresh chestnuts · Premium grade")
    const facts = (await texts(page, ".product-facts div")).map((row) => row.replace(/\s+/g, " "))
    expect(facts).toEqual(["Price CN¥92.00", "Price per kg CN¥36.80 / kg", "Grade Premium grade", "Net weight 2.5 kg", "Stock In stock"])
    expect(await texts(page, ".grade-criteria li")).toEqual([
      "Nuts at most 40 per kg",
      "Shrivelled and split nuts at most 2 %",
      "Mouldy and insect-damaged nuts: none allowed",
    ])
    await expect(page.locator(".grade-criteria").innerText()).resolves.toContain("Association price band: CN¥30.00–CN¥100.00 / kg")
    const seller = (await page.locator(".seller-card").innerText()).replace(/\s+/g, " ")
    expect(seller).toContain("Household Shengli · Tunbingyan village")
    expect(await jsonLd(page)).toMatchObject({ name: "Old-tree fresh chestnuts · Premium grade", offers: { priceCurrency: "CNY", offerCount: 2 } })
    expect(await fitsWidth(page)).toBe(true)
    await page.screenshot({ path: screenshotPath("product-en"), fullPage: true })

    await page.getByRole("link", { name: "Chen family chestnuts (Shengli household)" }).click()
    await page.waitForURL(/\/en\/sellers\/chen-family-chestnut$/)
    await expect(page.locator("h1").innerText()).resolves.toBe("Chen family chestnuts (Shengli household)")
    await expect(page.locator("main").innerText()).resolves.toContain("thirty mu of old chestnut trees")
    expect(await texts(page, "article.product-card h3")).toContain("Old-tree fresh chestnuts · Premium grade")
    expect(await fitsWidth(page)).toBe(true)
    await page.screenshot({ path: screenshotPath("seller-en"), fullPage: true })
    await page.getByRole("link", { name: "中文" }).click()
    await page.waitForURL(/\/zh-CN\/sellers\/chen-family-chestnut$/)
    await expect(page.locator("h1").innerText()).resolves.toBe("陈家板栗（胜利镇家庭农户）")
    await page.close()
  })

  it("says when a product is sold out, and answers 404 for an unknown product or seller", async () => {
    const page = await browser().newPage(PHONE)
    await page.goto(`${storefrontUrl()}/zh-CN/products/poria-whole-select-1`)
    await expect(page.locator(".stock-out").innerText()).resolves.toBe("暂时缺货")
    expect((await jsonLd(page)).offers.availability).toBe("https://schema.org/OutOfStock")

    const missing = await page.goto(`${storefrontUrl()}/en/products/no-such-chestnuts`)
    expect(missing?.status()).toBe(404)
    await expect(page.locator("h1").innerText()).resolves.toContain("This product is not in the store")
    const noSeller = await page.goto(`${storefrontUrl()}/zh-CN/sellers/no-such-seller`)
    expect(noSeller?.status()).toBe(404)
    await expect(page.locator("h1").innerText()).resolves.toContain("没有这家卖家")
    await page.close()
  })

  it("shows how many member households a seller has (under five: only that), and nothing else about them", async () => {
    // A new household seller, approved by the association, records two member households.
    const handle = `browser-members-${Date.now()}`
    const email = `${handle}@sellers.test`
    const { token: registration } = await backend("/auth/seller/emailpass/register", { email, password: "pass-1234" })
    const seller = { handle, name: "程家茯苓", name_en: "Cheng family Poria", type: "household", town: "九资河镇", town_en: "Jiuzihe", story: "自家松林里种茯苓。" }
    const { seller: created } = await backend("/vendors", { seller, user: { email } }, registration)
    const { token: association } = await backend("/auth/user/emailpass", associationCredentials())
    await backend(`/admin/sellers/${created.id}/status`, { status: "active" }, association)
    const { token } = await backend("/auth/seller/emailpass", { email, password: "pass-1234" })
    const members = [
      { name: "程桂兰", village: "錾字石村", phone: "13907130021", id_number: "421123198001011234", poor_household: true, joined_at: "2017-05-01" },
      { name: "程德明", village: "燕窝垸村", phone: "13907130022", id_number: "421123197512120040", poor_household: false, joined_at: "2019-04-01" },
    ]
    for (const member of members) await backend("/vendors/me/members", member, token)

    const page = await browser().newPage(PHONE)
    const response = await page.goto(`${storefrontUrl()}/zh-CN/sellers/${handle}`)
    expect(response?.status()).toBe(200)
    const profile = (await page.locator(".product-facts").innerText()).replace(/\s+/g, " ")
    expect(profile).toBe("类型 农户 所在乡镇 九资河镇 社员农户 不足5户")
    await expect(page.locator("main").innerText()).resolves.toContain("这家卖家暂时没有在售商品。")
    const html = await page.content()
    for (const secret of members.flatMap((m) => [m.name, m.village, m.phone, m.id_number])) expect([secret, html.includes(secret)]).toEqual([secret, false])
    await page.screenshot({ path: screenshotPath("seller-members-zh-CN"), fullPage: true })
    await page.close()
  })
})
