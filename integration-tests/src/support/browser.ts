import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"

export const storefrontUrl = () => required("STOREFRONT_URL")
export const backendUrl = () => required("BACKEND_URL")
/** The association user that `npm start` created (and printed) for this store. */
export const associationCredentials = (): { email: string; password: string } =>
  JSON.parse(fs.readFileSync(required("ASSOCIATION_CREDENTIALS"), "utf8"))
/** The portal login `npm start` seeded for one of the seeded sellers (by handle). */
export function sellerAccount(handle: string): { seller: string; email: string; password: string } {
  const accounts: { seller: string; email: string; password: string }[] = JSON.parse(fs.readFileSync(required("SELLER_ACCOUNTS"), "utf8"))
  const account = accounts.find((a) => a.seller === handle)
  if (!account) throw new Error(`no seeded login for seller ${handle}`)
  return account
}
/** The login `npm start` seeded for a demo partner point's owner (by the point's code). */
export function partnerAccount(code: string): { partner: string; email: string; password: string } {
  const accounts: { partner: string; email: string; password: string }[] = JSON.parse(fs.readFileSync(required("PARTNER_ACCOUNTS"), "utf8"))
  const account = accounts.find((a) => a.partner === code)
  if (!account) throw new Error(`no seeded login for partner point ${code}`)
  return account
}

/** The portal login `npm start` seeded for one of the seeded village stations (by code, e.g. "SL-ZZS"). */
export function stationAccount(code: string): { station: string; email: string; password: string } {
  const accounts: { station: string; email: string; password: string }[] = JSON.parse(fs.readFileSync(required("STATION_ACCOUNTS"), "utf8"))
  const account = accounts.find((a) => a.station === code)
  if (!account) throw new Error(`no seeded login for station ${code}`)
  return account
}
/** Logs a page into the station portal as a seeded station's operator (its code, e.g. "SL-ZZS"), in Chinese. */
export async function logInAsStation(page: Page, code: string) {
  const account = stationAccount(code)
  await page.goto(`${storefrontUrl()}/zh-CN/station/login`)
  await page.getByLabel("邮箱").fill(account.email)
  await page.getByLabel("密码").fill(account.password)
  await page.getByRole("button", { name: "登录" }).click()
  await page.waitForURL(/\/zh-CN\/station$/)
}
export const artifactsDir = path.resolve(__dirname, "../../artifacts")

function required(name: string) {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the browser suites through \`npm test\`, which starts the store`)
  return value
}

/** One Chromium for the whole suite, closed after it; call at the top of a spec file. */
export function chromiumForSuite(): () => Browser {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => browser
}

/** Debian's Chromium, headless, kept off the network beyond loopback. */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

/** Waits until nothing on the page is busy: the search page draws its results in the browser once it has them. */
export const searchDrawn = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'))

/** Nothing sticks out sideways: the page fits the phone's width. */
export const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)

export function screenshotPath(name: string) {
  fs.mkdirSync(artifactsDir, { recursive: true })
  return path.join(artifactsDir, `${name}.png`)
}

type Call = { method?: string; body?: unknown; token?: string; headers?: Record<string, string> }

/** The store's backend over HTTP, for what a browser suite sets up or checks; a non-2xx answer throws with its body. */
export async function backendFetch<T = any>(path: string, { method = "GET", body, token, headers = {} }: Call = {}): Promise<T> {
  const response = await fetch(`${backendUrl()}${path}`, {
    method,
    headers: {
      ...(body !== undefined && { "content-type": "application/json" }),
      ...(token && { authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return (text ? JSON.parse(text) : {}) as T
}

/** A bearer token of the association user, for HTTP set-up beside what the browser does. */
export const associationToken = async () =>
  (await backendFetch<{ token: string }>("/auth/user/emailpass", { method: "POST", body: associationCredentials() })).token

/** Logs a page into the Medusa admin as the association; the admin compiles on its first visit under `medusa develop`. */
export async function loginToAdmin(page: Page) {
  const { email, password } = associationCredentials()
  // The admin of `medusa develop` compiles each page's code on its first visit: slow while other suites run.
  page.setDefaultNavigationTimeout(120_000)
  await page.goto(`${backendUrl()}/app/login`, { timeout: 240_000 })
  await page.fill('input[name="email"]', email, { timeout: 240_000 })
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/app\/orders/, { timeout: 120_000 })
}

/**
 * Logs a page into the seller portal as `seller`: the portal page at `path` asks for the login and shows itself once
 * it is done (its address is the same before and after, so the portal's navigation is what is waited for).
 */
export async function loginToPortal(page: Page, seller: string, path = "/zh-CN/portal/listings") {
  const { email, password } = sellerAccount(seller)
  await page.goto(`${storefrontUrl()}${path}`)
  await page.getByLabel("电子邮箱").fill(email)
  await page.getByLabel("密码").fill(password)
  await page.getByRole("button", { name: "登录" }).click()
  await page.getByRole("navigation", { name: "卖家中心导航" }).waitFor()
}

/** Picks an option of a Medusa UI (Radix) select by the select's accessible name. */
export async function choose(page: Page, select: string, option: string) {
  await page.getByRole("combobox", { name: select, exact: true }).click()
  await page.getByRole("option", { name: option }).click()
}

/** The admin's review queue of one seller: an import may queue hundreds of another seller's listings before its own. */
export async function openReviewQueue(page: Page, seller: { name: string; name_en: string }) {
  await page.goto(`${backendUrl()}/app/listing-reviews`)
  await choose(page, "商户 Seller", `${seller.name} · ${seller.name_en}`)
}
