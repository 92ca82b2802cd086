import { jsonLdText, productJsonLd } from "./structured-data"

const size = (variant_id: string, net_weight_g: number, price_cny: number | null, in_stock = true, gtin: string | null = null) => ({
  variant_id,
  net_weight_g,
  price_cny,
  in_stock,
  gtin,
})

const chestnuts = {
  handle: "old-tree-chestnut-special",
  title: "老树鲜板栗 · 特级",
  description: "屯兵堰村六十年老栗树所结。",
  images: ["http://localhost:9000/static/a.svg"],
  category: "罗田板栗",
  brand: "罗田县域品牌",
  seller: "陈家板栗（胜利镇家庭农户）",
  sizes: [size("variant_25", 2500, 92, true, "6901234567892")],
}

describe("product structured data", () => {
  it("describes a product of one size with an offer in CNY, its brand, weight, GTIN and availability", () => {
    const data = productJsonLd(chestnuts)
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "老树鲜板栗 · 特级",
      sku: "old-tree-chestnut-special",
      image: ["http://localhost:9000/static/a.svg"],
      brand: { "@type": "Brand", name: "罗田县域品牌" },
      gtin13: "6901234567892",
      weight: { value: 2500, unitCode: "GRM" },
      offers: {
        "@type": "Offer",
        name: "老树鲜板栗 · 特级 · 2.5 kg",
        sku: "variant_25",
        gtin13: "6901234567892",
        price: "92.00",
        priceCurrency: "CNY",
        availability: "https://schema.org/InStock",
        seller: { name: "陈家板栗（胜利镇家庭农户）" },
        priceSpecification: { price: "36.80", priceCurrency: "CNY", referenceQuantity: { value: 1, unitCode: "KGM" } },
      },
    })
  })

  it("gives several sizes as an AggregateOffer with the lowest and highest price and an offer per size", () => {
    const sizes = [size("v15", 1500, 60, false), size("v25", 2500, 92, true, "6901234567892"), size("v5", 5000, 175), size("v10", 10000, null)]
    const data = productJsonLd({ ...chestnuts, sizes })
    expect(data.weight).toBeUndefined()
    expect(data.gtin13).toBeUndefined()
    expect(data.offers).toMatchObject({
      "@type": "AggregateOffer",
      lowPrice: "60.00",
      highPrice: "175.00",
      offerCount: 3,
      priceCurrency: "CNY",
      availability: "https://schema.org/InStock",
    })
    const each = (data.offers as { offers: Record<string, unknown>[] }).offers
    expect(each.map((o) => [o.sku, o.price, o.availability, o.gtin13])).toEqual([
      ["v15", "60.00", "https://schema.org/OutOfStock", undefined],
      ["v25", "92.00", "https://schema.org/InStock", "6901234567892"],
      ["v5", "175.00", "https://schema.org/InStock", undefined],
    ])
    expect(each[2]).toMatchObject({ name: "老树鲜板栗 · 特级 · 5 kg", priceSpecification: { price: "35.00" } })
    const soldOut = productJsonLd({ ...chestnuts, sizes: sizes.map((s) => ({ ...s, in_stock: false })) })
    expect(soldOut.offers).toMatchObject({ availability: "https://schema.org/OutOfStock" })
  })

  it("keeps prices exact and says when a product is sold out", () => {
    const data = productJsonLd({ ...chestnuts, sizes: [size("v", 3000, 0.1 + 0.2, false)] })
    expect(data.offers).toMatchObject({ price: "0.30", availability: "https://schema.org/OutOfStock", priceSpecification: { price: "0.10" } })
    expect(productJsonLd({ ...chestnuts, sizes: [size("v", 10000, 1380)] }).offers).toMatchObject({ priceSpecification: { price: "138.00" } })
    expect(productJsonLd({ ...chestnuts, sizes: [size("v", 500, null)] }).offers).toBeUndefined()
    expect(productJsonLd({ ...chestnuts, sizes: [] }).offers).toBeUndefined()
  })

  it("cannot be broken out of its script element", () => {
    const text = jsonLdText(productJsonLd({ ...chestnuts, description: "</script><script>alert(1)</script>" }))
    expect(text).not.toContain("<")
    expect(JSON.parse(text).description).toBe("</script><script>alert(1)</script>")
  })
})
