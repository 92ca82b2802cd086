import { jsonLdText, productJsonLd } from "./structured-data"

const chestnuts = {
  handle: "old-tree-chestnut-special-2-5kg",
  title: "老树鲜板栗 · 特级 · 2.5kg",
  description: "屯兵堰村六十年老栗树所结。",
  images: ["http://localhost:9000/static/a.svg"],
  category: "罗田板栗",
  brand: "罗田县域品牌",
  seller: "陈家板栗（胜利镇家庭农户）",
  price_cny: 92,
  net_weight_g: 2500,
  in_stock: true,
}

describe("product structured data", () => {
  it("describes the product with an offer in CNY, its brand and its availability", () => {
    const data = productJsonLd(chestnuts)
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "老树鲜板栗 · 特级 · 2.5kg",
      sku: "old-tree-chestnut-special-2-5kg",
      image: ["http://localhost:9000/static/a.svg"],
      brand: { "@type": "Brand", name: "罗田县域品牌" },
      weight: { value: 2500, unitCode: "GRM" },
      offers: {
        "@type": "Offer",
        price: "92.00",
        priceCurrency: "CNY",
        availability: "https://schema.org/InStock",
        seller: { name: "陈家板栗（胜利镇家庭农户）" },
        priceSpecification: { price: "36.80", priceCurrency: "CNY", referenceQuantity: { value: 1, unitCode: "KGM" } },
      },
    })
  })

  it("keeps prices exact and says when a product is sold out", () => {
    const data = productJsonLd({ ...chestnuts, price_cny: 0.1 + 0.2, net_weight_g: 3000, in_stock: false })
    expect(data.offers).toMatchObject({ price: "0.30", availability: "https://schema.org/OutOfStock", priceSpecification: { price: "0.10" } })
    expect(productJsonLd({ ...chestnuts, price_cny: "1380", net_weight_g: 10000 }).offers?.priceSpecification?.price).toBe("138.00")
    expect(productJsonLd({ ...chestnuts, net_weight_g: null }).offers?.priceSpecification).toBeUndefined()
    expect(productJsonLd({ ...chestnuts, price_cny: null }).offers).toBeUndefined()
  })

  it("cannot be broken out of its script element", () => {
    const text = jsonLdText(productJsonLd({ ...chestnuts, description: "</script><script>alert(1)</script>" }))
    expect(text).not.toContain("<")
    expect(JSON.parse(text).description).toBe("</script><script>alert(1)</script>")
  })
})
