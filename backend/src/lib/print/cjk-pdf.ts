import PDFDocument from "pdfkit"
import { CJK_FONT, CJK_FONT_NAME } from "./cjk-font"

/** A PDF with the CJK font registered as "cjk", and its bytes once `doc.end()` has been called. */
export function cjkPdf(options: PDFKit.PDFDocumentOptions) {
  const doc = new PDFDocument(options)
  doc.registerFont("cjk", CJK_FONT, CJK_FONT_NAME)
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  return { doc, done }
}
