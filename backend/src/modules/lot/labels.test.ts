import { renderLabels, type LabelFacts } from "./labels"

const FACTS: LabelFacts = {
  url: "https://shop.example.cn/01/06901234567892/10/SL-2026-0412-03",
  title: "罗田鲜板栗 · 特级",
  title_en: "Luotian fresh chestnuts · Premium grade",
  grade: { name: "特级", name_en: "Premium grade" },
  size: "2.5kg",
  lot: "SL-2026-0412-03",
  kind: "harvest",
  produced_on: "2026-09-20",
  best_before: "2026-10-20",
  gi: { name: "罗田板栗", name_en: "Luotian chestnut (GI)" },
  certificate: { number: "SL-2026-0412-03-1", producer_name: "罗田县胜利镇板栗专业合作社", producer_origin: "罗田县 胜利镇", producer_contact: "0713-5012345", issued_at: "2026-09-21T02:00:00.000Z", basis: ["self_test"] },
}

describe("a lot's package labels", () => {
  it.each([
    [8, 1],
    [9, 2],
    [200, 25],
  ])("puts %i labels on %i A4 sheets, each label's QR code linking to the lot's Digital Link", async (count, pages) => {
    const text = (await renderLabels(FACTS, count)).toString("latin1")
    expect(text.startsWith("%PDF-")).toBe(true)
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(pages)
    expect(text).toContain("/MediaBox [0 0 595.28 841.89]")
    expect(text.match(/\/URI \(https:\/\/shop\.example\.cn\/01\/06901234567892\/10\/SL-2026-0412-03\)/g)).toHaveLength(count)
    // The QR code is embedded once (an image and its alpha mask) however many labels; the Chinese font too (a subset).
    expect(text.match(/\/Subtype \/Image/g)).toHaveLength(2)
    expect(text).toMatch(/\/FontFile2/)
  })
})
