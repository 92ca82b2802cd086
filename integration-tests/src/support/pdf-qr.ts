import { execFile } from "node:child_process"
import path from "node:path"

// mupdf (WebAssembly, no install scripts) renders the PDF's first page at 3× (about 216 dpi); jsqr reads a QR code
// from its pixels. A sheet of several codes (a lot's labels) confuses the decoder, so the page is read in a label
// sheet's 2 × 4 cells first, then whole, then in quarters; the first code found from the top left is answered. Both
// packages are ES modules, so they run in a child Node process rather than in Jest's CommonJS.
const DECODE = `
import * as mupdf from "mupdf"
import jsQR from "jsqr"
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const page = mupdf.Document.openDocument(Buffer.concat(chunks), "application/pdf").loadPage(0)
const pixmap = page.toPixmap(mupdf.Matrix.scale(3, 3), mupdf.ColorSpace.DeviceRGB, true)
const [W, H, all] = [pixmap.getWidth(), pixmap.getHeight(), pixmap.getPixels()]
function tile(columns, rows, i) {
  const [w, h] = [Math.floor(W / columns), Math.floor(H / rows)]
  const [left, top] = [(i % columns) * w, Math.floor(i / columns) * h]
  const pixels = new Uint8ClampedArray(w * h * 4)
  for (let y = 0; y < h; y++) pixels.set(all.subarray(((top + y) * W + left) * 4, ((top + y) * W + left + w) * 4), y * w * 4)
  return jsQR(pixels, w, h)
}
for (const [columns, rows] of [[2, 4], [1, 1], [2, 2]]) {
  for (let i = 0; i < columns * rows; i++) {
    const code = tile(columns, rows, i)
    if (code) { process.stdout.write(code.data); process.exit(0) }
  }
}
console.error("no QR code found on the first page")
process.exit(1)
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
