import { fenText, type StationIntake } from "@luotian/contract"
import { cjkPdf } from "../../lib/print/cjk-pdf"

// The receipt a household takes home for produce it brought to a station (代销): one A5 page in large Chinese type
// (with English beneath), what it brought, how much, the grade seen, the price, the amount and when it is paid.

const PAID_WORDS = { now: ["现金已付清", "Paid now in cash"], on_sale: ["售出后结算", "Paid when sold"] } as const

/** The intake's receipt as a PDF. */
export async function renderIntakeReceipt(intake: StationIntake): Promise<Buffer> {
  const { doc, done } = cjkPdf({ size: "A5", margin: 36, info: { Title: `代销收购单 ${intake.receipt_number}` } })
  doc.font("cjk").fontSize(22).text("代销收购单", { align: "center" })
  doc.fontSize(11).fillColor("#555").text("Intake receipt · selling for villagers", { align: "center" }).moveDown(0.6)
  doc.fillColor("#000").fontSize(13).text(`单号 No. ${intake.receipt_number}`, { align: "center" }).moveDown(0.8)
  for (const [label, value] of rows(intake)) line(doc, label, value)
  doc.moveDown(1.2).fontSize(12).text("交售人签字 Household's signature: ______________")
  doc.moveDown(0.8).text("经办人签字 Operator's signature: ______________")
  doc.end()
  return await done
}

function rows(i: StationIntake): [string, string][] {
  const [paid, paidEn] = PAID_WORDS[i.paid]
  return [
    ["日期 Date", `${i.day} ${new Date(new Date(i.created_at).getTime() + 8 * 3600_000).toISOString().slice(11, 16)}`],
    ["服务站 Station", i.station.name],
    ["收购方 Buyer", i.seller.name],
    ["交售户 Household", i.household.name],
    ["品名 Product", i.product.title],
    ["重量 Weight", `${i.quantity_kg} 公斤 kg`],
    ["等级 Grade", `${i.grade.name} ${i.grade.name_en}`],
    ["单价 Price", `¥${fenText(i.price_per_kg_fen)} / 公斤 kg`],
    ["金额 Amount", `¥${fenText(i.amount_fen)}`],
    ["付款 Payment", `${paid} ${paidEn}`],
    ["批次 Lot", i.lot?.code ?? "—"],
  ]
}

/** One fact in large type: its label in grey on the left, its value beside it. */
function line(doc: PDFKit.PDFDocument, label: string, value: string) {
  const y = doc.y
  doc.fontSize(12).fillColor("#555").text(label, 36, y, { width: 130 })
  doc.fontSize(16).fillColor("#000").text(value, 170, y, { width: doc.page.width - 206 })
  doc.moveDown(0.5)
}
