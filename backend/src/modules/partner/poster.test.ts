import { cjkFontAvailable } from "../../lib/print/cjk-font"
import { renderPoster } from "./poster"

const POINT = {
  code: "tiantangzhai",
  name: "天堂寨",
  name_en: "Tiantangzhai",
  town: "九资河镇",
  town_en: "Jiuzihe",
  story: "大别山主峰，海拔 1729 米。",
  story_en: "The main peak of the Dabie Mountains, 1,729 m.",
}
const URL = "https://shop.example.cn/p/tiantangzhai"

describe("a point's poster and table card", () => {
  it("finds the Chinese font it needs (fonts-wqy-microhei)", () => {
    expect(cjkFontAvailable()).toBe(true)
  })

  it.each([
    ["poster", "419.53 595.28"], // A5, in points
    ["card", "297.64 419.53"], // A6
  ] as const)("renders the %s as a one-page PDF whose QR code links to the point's page", async (format, size) => {
    const pdf = await renderPoster(POINT, URL, format)
    const text = pdf.toString("latin1")
    expect(text.startsWith("%PDF-")).toBe(true)
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1)
    expect(text).toContain(`/MediaBox [0 0 ${size}]`)
    // The QR image and the address under it both link to the page; the font is embedded (a subset).
    expect(text.match(/\/URI \(https:\/\/shop\.example\.cn\/p\/tiantangzhai\)/g)?.length).toBeGreaterThanOrEqual(2)
    expect(text).toMatch(/\/FontFile2/)
    expect(text).toMatch(/\/Subtype \/Image/)
  })
})
