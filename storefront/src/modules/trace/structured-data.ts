import type { Trace } from "@luotian/contract"

// schema.org Product data of a traced lot: the product, its GTIN and the lot's GS1 Digital Link (the path, which the
// brand's own domain serves), its producer and the day it was produced.
export function traceJsonLd(trace: Trace, title: string, seller: string, brand: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: title,
    gtin14: trace.gtin,
    hasGS1DigitalLink: trace.digital_link,
    brand: { "@type": "Brand", name: brand },
    manufacturer: { "@type": "Organization", name: seller },
    productionDate: trace.produced_on,
    ...(trace.product.net_weight_g !== null && { weight: { "@type": "QuantitativeValue", value: trace.product.net_weight_g, unitCode: "GRM" } }),
  }
}
