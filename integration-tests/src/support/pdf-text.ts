import { execFile } from "node:child_process"
import path from "node:path"

// mupdf (WebAssembly, an ES module, so in a child Node process as in pdf-qr.ts) reads a PDF's text, every page.
const EXTRACT = `
import * as mupdf from "mupdf"
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const doc = mupdf.Document.openDocument(Buffer.concat(chunks), "application/pdf")
let text = ""
for (let i = 0; i < doc.countPages(); i++) text += doc.loadPage(i).toStructuredText().asText() + "\\n"
process.stdout.write(text)
`

/** The text a PDF shows, page after page. */
export function pdfText(buffer: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ["--input-type=module", "-e", EXTRACT],
      { cwd: path.resolve(__dirname, "../.."), maxBuffer: 1 << 24, env: { ...process.env, NODE_OPTIONS: "" } },
      (error, stdout, stderr) => (error ? reject(new Error(`reading the PDF's text: ${stderr || error.message}`)) : resolve(stdout))
    )
    child.stdin!.end(buffer)
  })
}
