import { execFile } from "node:child_process"
import jsQR from "jsqr"

// Renders a PDF's first page as a phone's camera would see it printed (pdf.js on @napi-rs/canvas, 144 dpi) and reads
// its QR code. pdf.js is an ES module, which Jest's module system does not load, so the page is rendered in a child
// Node process that writes the page's width, height and RGBA pixels to its output.
const RENDER = `
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs"
import { createCanvas } from "@napi-rs/canvas"
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 }).promise
const page = await pdf.getPage(1)
const viewport = page.getViewport({ scale: 2 })
const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
const context = canvas.getContext("2d")
context.fillStyle = "#ffffff"
context.fillRect(0, 0, canvas.width, canvas.height)
await page.render({ canvas, canvasContext: context, viewport }).promise
const size = Buffer.alloc(8)
size.writeUInt32BE(canvas.width, 0)
size.writeUInt32BE(canvas.height, 4)
process.stdout.write(Buffer.concat([size, Buffer.from(context.getImageData(0, 0, canvas.width, canvas.height).data)]))
`

function renderFirstPage(pdf: Buffer): Promise<{ width: number; height: number; pixels: Uint8ClampedArray }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ["--input-type=module", "-e", RENDER],
      { cwd: __dirname, encoding: "buffer", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`rendering the PDF failed: ${stderr.toString() || error.message}`))
        const [width, height] = [stdout.readUInt32BE(0), stdout.readUInt32BE(4)]
        resolve({ width, height, pixels: new Uint8ClampedArray(stdout.buffer, stdout.byteOffset + 8, width * height * 4) })
      }
    )
    child.stdin!.end(pdf)
  })
}

/** The pixels of one tile of a page cut into columns × rows. */
function tile(page: { width: number; height: number; pixels: Uint8ClampedArray }, columns: number, rows: number, i: number) {
  const [width, height] = [Math.floor(page.width / columns), Math.floor(page.height / rows)]
  const [left, top] = [(i % columns) * width, Math.floor(i / columns) * height]
  const pixels = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    const from = ((top + y) * page.width + left) * 4
    pixels.set(page.pixels.subarray(from, from + width * 4), y * width * 4)
  }
  return { width, height, pixels }
}

/**
 * The text of the QR code on a PDF's first page. A sheet of several codes confuses the decoder, so the page is read in
 * a label sheet's 2 × 4 cells first, then whole and in quarters; the first code found, from the top left, is answered.
 */
export async function decodeQrFromPdf(buffer: Buffer): Promise<string> {
  const page = await renderFirstPage(buffer)
  for (const [columns, rows] of [[2, 4], [1, 1], [2, 2]]) {
    for (let i = 0; i < columns * rows; i++) {
      const { width, height, pixels } = tile(page, columns, rows, i)
      const code = jsQR(pixels, width, height)
      if (code) return code.data
    }
  }
  throw new Error("no QR code could be read on the PDF's first page")
}
