import QRCode from "qrcode"
import { cjkPdf } from "../../lib/print/cjk-pdf"

// A4 sheets of package labels for one size of a lot: what the package is (names, grade, net weight), the lot and its
// dates, the GI mark where the association allows it, the key lines of the lot's compliance certificate (承诺达标合格证,
// one per package as the regime asks) and the QR code of the lot's GS1 Digital Link, in Chinese with English.

export type LabelFacts = {
  /** The lot's GS1 Digital Link: the storefront's /01/<GTIN-14>/10/<lot>. */
  url: string
  title: string
  title_en: string
  grade: { name: string; name_en: string } | null
  size: string
  lot: string
  kind: "harvest" | "slaughter" | "processing"
  produced_on: string
  best_before: string | null
  gi: { name: string; name_en: string } | null
  certificate: { number: string; producer_name: string; producer_origin: string; producer_contact: string; issued_at: string; basis: string[] }
}

export const LABELS_PER_SHEET = 8
const COLUMNS = 2
const ROWS = LABELS_PER_SHEET / COLUMNS
const PAD = 12
const QR = 92

const KIND_WORDS = { harvest: "采收日期 Harvested", slaughter: "屠宰日期 Slaughtered", processing: "加工日期 Processed" }
const BASIS_WORDS: Record<string, string> = {
  self_test: "自检合格 self-test passed",
  commissioned_test: "委托检测合格 commissioned test passed",
  internal_control: "内部质量控制合格 internal quality control",
}
// The four commitments of the regime (农产品质量安全承诺达标合格证管理办法), as certificates print them.
const COMMITMENT =
  "我承诺对生产销售的食用农产品：不使用禁用农药兽药、停用兽药和非法添加物；常规农药兽药残留不超标；对承诺的真实性负责。" +
  " We commit: no banned pesticides, veterinary drugs or illegal additives; safety intervals observed; residues within limits; we answer for this certificate's truth."

/** The PDF of `count` labels of one size of a lot, eight to an A4 sheet. */
export async function renderLabels(facts: LabelFacts, count: number): Promise<Buffer> {
  const png = await QRCode.toBuffer(facts.url, { errorCorrectionLevel: "M", margin: 2, width: QR * 4 })
  const { doc, done } = cjkPdf({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: `${facts.title} · ${facts.lot}`, Subject: facts.url } })
  // One image object for every label: the QR code is embedded once.
  const qr = (doc as any).openImage(png)
  for (let i = 0; i < count; i++) {
    if (i % LABELS_PER_SHEET === 0) doc.addPage({ size: "A4", margin: 0 }).font("cjk")
    const width = doc.page.width / COLUMNS
    const height = doc.page.height / ROWS
    const cell = i % LABELS_PER_SHEET
    label(doc, facts, qr, (cell % COLUMNS) * width, Math.floor(cell / COLUMNS) * height, width, height)
  }
  doc.end()
  return done
}

/** One label in its cell: cut lines, the facts on the left, the QR code on the right, the certificate below. */
function label(doc: PDFKit.PDFDocument, facts: LabelFacts, qr: unknown, x: number, y: number, width: number, height: number) {
  doc.save().lineWidth(0.3).strokeColor("#bbbbbb").dash(2, { space: 2 }).rect(x, y, width, height).stroke().restore()
  const left = x + PAD
  const textWidth = width - 2 * PAD - QR - 6
  doc.fillColor("#000000").fontSize(11).text(facts.title, left, y + PAD, { width: textWidth, height: 28, ellipsis: true })
  doc.fontSize(6.5).fillColor("#444444").text(facts.title_en, { width: textWidth, height: 16, ellipsis: true })
  doc.moveDown(0.3).fillColor("#000000")
  const fact = (name: string, value: string) => doc.fontSize(7).text(`${name}：${value}`, left, doc.y, { width: textWidth, lineBreak: false, ellipsis: true })
  if (facts.grade) fact("等级 Grade", `${facts.grade.name} ${facts.grade.name_en}`)
  fact("净含量 Net wt", facts.size)
  fact("批次 Lot", facts.lot)
  fact(KIND_WORDS[facts.kind], facts.produced_on)
  if (facts.best_before) fact("保质期至 Best before", facts.best_before)

  const qrLeft = x + width - PAD - QR
  doc.image(qr as any, qrLeft, y + PAD, { width: QR, height: QR, link: facts.url })
  doc.fontSize(6).text("扫码溯源 Scan to trace", qrLeft, y + PAD + QR + 1, { width: QR, align: "center", lineBreak: false })
  if (facts.gi) {
    const top = y + PAD + QR + 10
    doc.save().lineWidth(0.8).strokeColor("#8a1c1c").roundedRect(qrLeft, top, QR, 22, 3).stroke().restore()
    doc.fillColor("#8a1c1c").fontSize(6.5).text(`地理标志产品 GI · ${facts.gi.name}`, qrLeft + 2, top + 3, { width: QR - 4, align: "center", lineBreak: false, ellipsis: true })
    doc.fontSize(5.5).text(facts.gi.name_en, qrLeft + 2, top + 12, { width: QR - 4, align: "center", lineBreak: false, ellipsis: true }).fillColor("#000000")
  }

  const c = facts.certificate
  const top = y + height - PAD - 48
  doc.save().lineWidth(0.4).strokeColor("#000000").moveTo(left, top - 3).lineTo(x + width - PAD, top - 3).stroke().restore()
  const lines = [
    `承诺达标合格证 Compliance certificate  No. ${c.number}  开具 Issued ${c.issued_at.slice(0, 10)}`,
    `生产者 Producer：${c.producer_name}　产地 Origin：${c.producer_origin}　电话 Tel：${c.producer_contact}`,
    COMMITMENT,
    c.basis.length ? `依据 Basis：${c.basis.map((b) => BASIS_WORDS[b] ?? b).join("；")}` : "",
  ].filter(Boolean)
  doc.fontSize(5.2).fillColor("#000000").text(lines.join("\n"), left, top, { width: width - 2 * PAD, height: 48, ellipsis: true, lineGap: 0.3 })
}
