import type { BrowserContext, Page } from "playwright-core"
import { associationToken, backendFetch, chromiumForSuite, fitsWidth, screenshotPath, searchDrawn, storefrontUrl } from "../support/browser"

jest.setTimeout(240_000)

// Every page type of the store, in both languages, on a 360 px phone: axe-core's WCAG 2 A/AA rules, no sideways
// scroll, the page's language, one h1, and a language switch that keeps the page and its query.

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 } }
const LOCALES = ["zh-CN", "en"] as const
type Locale = (typeof LOCALES)[number]
const AXE = require.resolve("axe-core/axe.min.js")
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
const SEEDED_PRODUCT = "old-tree-chestnut-special"
const GRADE_SEARCH = `?q=${encodeURIComponent("板栗")}&grade=special`

type Target = { name: string; path: string; status?: number }
/** The page types, each as a path after the locale segment. */
const TARGETS: Target[] = [
  { name: "home", path: "" },
  { name: "products", path: "/products" },
  { name: "category", path: "/products?category=chestnut" },
  { name: "search-grade", path: `/products${GRADE_SEARCH}` },
  { name: "product", path: `/products/${SEEDED_PRODUCT}` },
  { name: "seller", path: "/sellers/chen-family-chestnut" },
  { name: "not-found", path: "/no-such-page", status: 404 },
  { name: "product-not-found", path: "/products/no-such-product", status: 404 },
  { name: "account-login", path: "/account/login" },
  { name: "account-register", path: "/account/register" },
  { name: "cart", path: "/cart" },
  { name: "checkout", path: "/checkout" },
  { name: "portal-login", path: "/portal/login" },
]

type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

/** axe-core's serious and critical findings, one readable line each: rule, impact, help, the elements. */
async function seriousViolations(page: Page) {
  await page.addScriptTag({ path: AXE })
  const violations: Violation[] = await page.evaluate(
    async (tags) => (await (window as any).axe.run(document, { runOnly: { type: "tag", values: tags } })).violations,
    WCAG_AA
  )
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
}

const other = (locale: Locale): Locale => (locale === "en" ? "zh-CN" : "en")
/** A URL's path and its query, sorted, so that the same query in another order or encoding compares equal. */
function pathAndQuery(url: string) {
  const parsed = new URL(url, storefrontUrl())
  parsed.searchParams.sort()
  return `${parsed.pathname}?${parsed.searchParams}`
}

let storeKey: string | undefined
/** The cheapest listing with a few left and a price in yuan, for a cart with one item (other suites change stock). */
async function buyableHandle() {
  storeKey ??= (await backendFetch("/admin/api-keys?type=publishable", { token: await associationToken() })).api_keys[0].token as string
  const { hits } = await backendFetch(`/store/catalogue?in_stock=true&sort=price_asc&limit=50`, { headers: { "x-publishable-api-key": storeKey! } })
  const hit = hits.find((h: { stock: number; price_cny: number | null }) => h.stock >= 5 && h.price_cny !== null)
  if (!hit) throw new Error("no listing in stock to put in the cart")
  return hit.handle as string
}

/** Puts one item in the context's cart through the product page's form, as a buyer would. */
async function addOneItem(context: BrowserContext, locale: Locale) {
  const page = await context.newPage()
  await page.goto(`${storefrontUrl()}/${locale}/products/${await buyableHandle()}`, { timeout: 120_000 })
  await page.getByRole("button", { name: locale === "en" ? "Add to cart" : "加入购物车" }).click()
  await page.getByRole("link", { name: locale === "en" ? "Go to cart and check out" : "去购物车结算" }).waitFor()
  await page.close()
}

/** Opens the page, checks it, then follows its language switch to the same page in the other language. */
async function checkPage(context: BrowserContext, locale: Locale, target: Target) {
  const page = await context.newPage()
  const url = `${storefrontUrl()}/${locale}${target.path}`
  // A dev server compiles a page on its first visit; `next start` answers at once.
  const response = await page.goto(url, { timeout: 120_000 })
  expect(response?.status()).toBe(target.status ?? 200)
  await page.locator("h1").first().waitFor()
  await searchDrawn(page)
  await page.screenshot({ path: screenshotPath(`a11y-${locale}-${target.name}`), fullPage: true })

  expect(await seriousViolations(page)).toEqual([])
  expect(await fitsWidth(page)).toBe(true)
  expect(await page.getAttribute("html", "lang")).toBe(locale)
  expect(await page.locator("h1").count()).toBe(1)

  const expected = `${storefrontUrl()}/${other(locale)}${target.path}`
  const toggle = page.locator(`header a[hreflang="${other(locale)}"]`)
  expect(pathAndQuery((await toggle.getAttribute("href")) ?? "")).toBe(pathAndQuery(expected))
  await toggle.click()
  await page.waitForURL((now) => pathAndQuery(now.href) === pathAndQuery(expected), { timeout: 120_000 })
  await page.locator(`html[lang="${other(locale)}"]`).waitFor({ state: "attached" })
  await page.close()
}

describe.each(LOCALES)("every page type in %s at 360 px", (locale) => {
  let context: BrowserContext
  beforeAll(async () => {
    context = await browser().newContext({ ...PHONE, locale })
  })
  afterAll(async () => {
    await context?.close()
  })

  it.each(TARGETS)("$name passes axe, fits the screen and switches language", async (target) => {
    if (target.name === "cart") await addOneItem(context, locale)
    await checkPage(context, locale, target)
  })
})

/** What the focused element is (role and name) and how its focus outline stands out from what is around it. */
function focusedElement() {
  const el = document.activeElement as HTMLElement
  const style = getComputedStyle(el)
  const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number)
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  // The outline is drawn outside the element (outline-offset), on the first opaque background around it.
  let around: HTMLElement | null = el.parentElement
  while (around && (rgb(getComputedStyle(around).backgroundColor)[3] === 0 || getComputedStyle(around).backgroundColor === "transparent")) around = around.parentElement
  const [a, b] = [luminance(style.outlineColor), luminance(around ? getComputedStyle(around).backgroundColor : "rgb(255,255,255)")]
  const label = el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent
  const role = el.getAttribute("role") ?? (el.tagName === "A" ? "link" : el.tagName.toLowerCase())
  return {
    key: `${role}:${(el.getAttribute("aria-label") || label || el.textContent || "").trim()}`,
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    contrast: Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 10) / 10,
  }
}

describe("keyboard use of the home page", () => {
  it("reaches the search box and the main navigation's links with Tab, each with a visible focus outline", async () => {
    const page = await browser().newPage({ ...PHONE, locale: "zh-CN" })
    await page.goto(`${storefrontUrl()}/zh-CN`)
    const wanted = ["combobox:搜索商品", "link:全部商品", "link:购物车", "link:我的账户", "link:English"]
    const reached = new Map<string, { outline: boolean; contrast: number }>()
    for (let i = 0; i < 20 && reached.size < wanted.length; i++) {
      await page.keyboard.press("Tab")
      const { key, outline, contrast } = await page.evaluate(focusedElement)
      if (!wanted.includes(key)) continue
      reached.set(key, { outline, contrast })
      await page.screenshot({ path: screenshotPath(`a11y-keyboard-${wanted.indexOf(key)}`), clip: { x: 0, y: 0, width: 360, height: 240 } })
    }
    expect([...reached.keys()].sort()).toEqual([...wanted].sort())
    // A focus indicator is a user interface component's state: at least 3:1 against what surrounds it (WCAG 1.4.11).
    for (const [key, { outline, contrast }] of reached) {
      const seen = `${key}, outline contrast ${contrast}:1`
      expect({ seen, outline, enough: contrast >= 3 }).toEqual({ seen, outline: true, enough: true })
    }
    await page.close()
  })
})
