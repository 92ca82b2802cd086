import QRCode from "qrcode"
import { cjkPdf } from "../../lib/print/cjk-pdf"

// The poster (A5) and table card (A6) a point prints: its names, the QR code of its page and, on the poster, its
// story, in Chinese and English, set in the store's CJK font (lib/print/cjk-font.ts).

export type PosterFormat = "poster" | "card"
type Point = { code: string; name: string; name_en: string; story: string; story_en: string; town: string; town_en: string }

const SIZES: Record<PosterFormat, { size: string; margin: number; qr: number; title: number; text: number }> = {
  poster: { size: "A5", margin: 36, qr: 260, title: 28, text: 11 },
  card: { size: "A6", margin: 20, qr: 180, title: 18, text: 8 },
}

/** The PDF of a point's poster or table card; its QR code (and a link on it) leads to `url`. */
export async function renderPoster(point: Point, url: string, format: PosterFormat): Promise<Buffer> {
  const layout = SIZES[format]
  const qr = await QRCode.toBuffer(url, { errorCorrectionLevel: "M", margin: 2, width: layout.qr * 3 })
  const { doc, done } = cjkPdf({ size: layout.size, margin: layout.margin, info: { Title: `${point.name} · ${point.name_en}`, Subject: url } })
  doc.font("cjk")
  const width = doc.page.width - 2 * layout.margin
  const centred = { width, align: "center" as const }
  doc.fontSize(layout.title).text(point.name, centred)
  doc.fontSize(layout.title * 0.6).text(point.name_en, centred)
  doc.moveDown(0.4).fontSize(layout.text * 1.4).text("尝过就带回家 · Tasted it here? Take it home", centred)
  const top = doc.y + 8
  doc.image(qr, layout.margin + (width - layout.qr) / 2, top, { width: layout.qr, height: layout.qr, link: url })
  doc.y = top + layout.qr + 8
  doc.fontSize(layout.text * 1.3).text("微信或手机相机扫码，送货到家 · Scan with WeChat or your camera; delivered to your home", centred)
  doc.fontSize(layout.text).fillColor("#555555").text(url, { ...centred, link: url })
  if (format === "poster") {
    doc.moveDown(0.8).fillColor("#000000").fontSize(layout.text).text(point.story, { width })
    if (point.story_en) doc.moveDown(0.4).text(point.story_en, { width })
  }
  doc.fontSize(layout.text * 0.9).fillColor("#555555")
  doc.text(`罗田县域特产旗舰店 · Luotian County Flagship Store · ${point.town} ${point.town_en}`, layout.margin, doc.page.height - layout.margin - layout.text * 1.5, { ...centred, lineBreak: false })
  doc.end()
  return done
}
