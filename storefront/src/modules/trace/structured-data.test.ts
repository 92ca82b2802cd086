import type { Trace } from "@luotian/contract"
import { traceJsonLd } from "./structured-data"

const trace = {
  gtin: "06901234567892",
  lot: "SL-2026-0412-03",
  digital_link: "/01/06901234567892/10/SL-2026-0412-03",
  produced_on: "2026-04-12",
  product: { net_weight_g: 2000 },
} as Trace

describe("traceJsonLd", () => {
  it("names the product's GTIN-14 and the lot's GS1 Digital Link", () => {
    expect(traceJsonLd(trace, "老树鲜板栗 · 特级", "三里畈合作社", "罗田")).toMatchObject({
      "@type": "Product",
      gtin14: "06901234567892",
      hasGS1DigitalLink: "/01/06901234567892/10/SL-2026-0412-03",
      manufacturer: { name: "三里畈合作社" },
      productionDate: "2026-04-12",
      weight: { value: 2000, unitCode: "GRM" },
    })
  })

  it("leaves out a weight it does not know", () => {
    expect(traceJsonLd({ ...trace, product: { ...trace.product, net_weight_g: null } }, "t", "s", "b")).not.toHaveProperty("weight")
  })
})
