import { execFile } from "node:child_process"
import path from "node:path"

// mupdf (an ES module, so in a child Node process as support/pdf-qr.ts runs it) extracts the text of every page.
const EXTRACT = `
import * as mupdf from "mupdf"
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const doc = mupdf.Document.openDocument(Buffer.concat(chunks), "application/pdf")
for (let i = 0; i < doc.countPages(); i++) process.stdout.write(doc.loadPage(i).toStructuredText().asText())
`

/** The text a PDF shows, as a reader copying it would get it. */
export function pdfText(buffer: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ["--input-type=module", "-e", EXTRACT],
      { cwd: path.resolve(__dirname, "../.."), maxBuffer: 4 << 20, env: { ...process.env, NODE_OPTIONS: "" } },
      (error, stdout, stderr) => (error ? reject(new Error(`reading the PDF's text: ${stderr || error.message}`)) : resolve(stdout))
    )
    child.stdin!.end(buffer)
  })
}
