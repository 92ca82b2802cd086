import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser } from "playwright-core"

export const storefrontUrl = () => required("STOREFRONT_URL")
export const backendUrl = () => required("BACKEND_URL")
/** The association user that `npm start` created (and printed) for this store. */
export const associationCredentials = (): { email: string; password: string } =>
  JSON.parse(fs.readFileSync(required("ASSOCIATION_CREDENTIALS"), "utf8"))
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

export function screenshotPath(name: string) {
  fs.mkdirSync(artifactsDir, { recursive: true })
  return path.join(artifactsDir, `${name}.png`)
}
