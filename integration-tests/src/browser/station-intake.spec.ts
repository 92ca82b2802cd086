import { pdfText } from "../support/pdf-text"
import { chromiumForSuite, fitsWidth, screenshotPath, logInAsStation, storefrontUrl } from "../support/browser"

jest.setTimeout(300_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 }, locale: "zh-CN" }
const BUYER = "罗田县胜利镇板栗专业合作社"
const shop = (path: string) => `${storefrontUrl()}${path}`

describe("代销 intake at a village station", () => {
  it("an operator on a phone records a household's chestnuts for the cooperative and opens the receipt", async () => {
    const page = await browser().newPage(PHONE)
    page.setDefaultTimeout(60_000)
    const shot = (step: string) => page.screenshot({ path: screenshotPath(`station-intake-${step}`), fullPage: true })
    await logInAsStation(page, "SL-ZZS")

    // The buyer first, then the household, product and grade, weight, price and payment.
    await page.getByRole("link", { name: "代销收购" }).click()
    await page.waitForURL(/\/zh-CN\/station\/intake/)
    await page.getByLabel("收购方（合作社或企业）").selectOption({ label: BUYER })
    await page.getByRole("button", { name: "下一步" }).click()
    const form = page.getByRole("form", { name: BUYER })
    await form.waitFor()
    const household = (await form.getByLabel("交售农户").locator("option").first().innerText()).split(" · ")[0]!
    const firstGrade = await form.locator('select[name="product_grade"] option', { hasText: "验级：一级" }).first().getAttribute("value")
    await form.getByLabel("品名和等级（按所见）").selectOption(firstGrade!)
    await form.getByLabel("重量（公斤）").fill("30.5")
    await form.getByLabel("单价（元/公斤）").fill("19.99")
    await form.getByLabel("现在付现金").check()
    expect(await fitsWidth(page)).toBe(true)
    await shot("form")
    await form.getByRole("button", { name: "记录收购" }).click()

    // The receipt: 30.5 kg at ¥19.99 is ¥609.695, so ¥609.70; the household only as a masked name.
    await page.locator(".station-done", { hasText: "已记录收购" }).waitFor()
    const receipt = page.locator('section[aria-labelledby="receipt-title"] .intake-card')
    const text = await receipt.innerText()
    const number = /单号 (\S+)/.exec(text)?.[1]
    expect(number).toMatch(/^SL-ZZS-\d{8}-\d{3}$/)
    expect(text).toContain("验级：一级")
    expect(text).toContain("¥609.70")
    expect(text).toContain("现在付现金")
    expect(text).toContain(`${[...household][0]}*`)
    expect(text).not.toContain(household)
    expect(await fitsWidth(page)).toBe(true)
    await shot("receipt")

    // The receipt's PDF for the household, through the operator's login.
    const href = await receipt.getByRole("link", { name: "打印收据 PDF" }).getAttribute("href")
    const pdf = await page.request.get(shop(href!))
    expect([pdf.status(), pdf.headers()["content-type"]]).toEqual([200, "application/pdf"])
    const printed = await pdfText(Buffer.from(await pdf.body()))
    for (const fact of [number!, "代销收购单", BUYER, "¥609.70"]) expect(printed).toContain(fact)

    // Today's intakes list it, and the cash book shows the cash paid to the household.
    await expect(page.locator(".parcel-list").innerText()).resolves.toContain(number!)
    await page.getByRole("link", { name: "现金账" }).click()
    await page.waitForURL(/\/zh-CN\/station\/cash/)
    await expect(page.locator(".cash-entries").innerText()).resolves.toContain("代销付农户")
    await shot("cash-book")
  })
})
