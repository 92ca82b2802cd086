import { execFile } from "node:child_process"
import path from "node:path"

// mupdf (WebAssembly, no install scripts) renders the PDF's first page at 4× (about 290 dpi); jsqr reads the QR code
// from its pixels. Both are ES modules, so they run in a child Node process rather than in Jest's CommonJS.
const DECODE = `
import * as mupdf from "mupdf"
import jsQR from "jsqr"
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const page = mupdf.Document.openDocument(Buffer.concat(chunks), "application/pdf").loadPage(0)
const pixmap = page.toPixmap(mupdf.Matrix.scale(4, 4), mupdf.ColorSpace.DeviceRGB, true)
const code = jsQR(new Uint8ClampedArray(pixmap.getPixels()), pixmap.getWidth(), pixmap.getHeight())
if (!code) { console.error("no QR code found on the first page"); process.exit(1) }
process.stdout.write(code.data)
`

/** The text of the QR code printed on the PDF's first page, decoded from its rendered pixels. */
export function decodeQrFromPdf(buffer: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ["--input-type=module", "-e", DECODE],
      { cwd: path.resolve(__dirname, "../.."), maxBuffer: 1 << 20, env: { ...process.env, NODE_OPTIONS: "" } },
      (error, stdout, stderr) => (error ? reject(new Error(`decoding the PDF's QR code: ${stderr || error.message}`)) : resolve(stdout))
    )
    child.stdin!.end(buffer)
  })
}
