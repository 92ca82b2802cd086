// The JavaScript a page makes the buyer's browser load: Chromium (playwright-core) opens it, and every script it
// fetches from the storefront is weighed from the build's own files, raw and gzipped as `next start` serves them.
const fs = require("node:fs")
const path = require("node:path")
const zlib = require("node:zlib")

async function pageJs(url, { distDir, chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium" }) {
  const { chromium } = require("playwright-core")
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] })
  try {
    const page = await browser.newPage()
    const scripts = new Set()
    page.on("request", (request) => request.resourceType() === "script" && scripts.add(request.url()))
    const response = await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 })
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`)
    const html = Buffer.from(await response.body())
    const files = [...scripts].map((src) => weigh(src, distDir))
    files.sort((a, b) => b.raw - a.raw)
    const total = (key) => files.reduce((sum, file) => sum + file[key], 0)
    return {
      url,
      files,
      raw: total("raw"),
      gzip: total("gzip"),
      html: { raw: html.length, gzip: zlib.gzipSync(html).length },
    }
  } finally {
    await browser.close()
  }
}

/** A script's size from its file under <distDir>/static (the URL /_next/static/… maps onto it). */
function weigh(src, distDir) {
  const { pathname } = new URL(src)
  const relative = decodeURIComponent(pathname).replace(/^\/_next\//, "")
  const file = path.join(distDir, relative)
  if (!pathname.startsWith("/_next/static/") || !fs.existsSync(file)) throw new Error(`script ${src} is not a file of the build in ${distDir}`)
  const bytes = fs.readFileSync(file)
  return { name: relative.replace(/^static\//, ""), raw: bytes.length, gzip: zlib.gzipSync(bytes).length }
}

module.exports = { pageJs }
