import type { SizeOption } from "@/lib/util/pack-sizes"

export type FactLabels = { price: string; perKg: string; grade: string; netWeight: string; stock: string; inStock: string; outOfStock: string }

/**
 * Price, price per kg, grade, net weight and stock of the size the buyer has chosen (the lightest one that can be
 * bought until they choose), as a list of terms. Texts come from the page: it renders in the browser too.
 */
export function ProductFacts({ size, grade, labels }: { size: SizeOption | null; grade: string; labels: FactLabels }) {
  return (
    <dl className="product-facts">
      {size?.price && (
        <div>
          <dt>{labels.price}</dt>
          <dd className="price-now">{size.price}</dd>
        </div>
      )}
      {size?.perKg && (
        <div>
          <dt>{labels.perKg}</dt>
          <dd>{size.perKg}</dd>
        </div>
      )}
      <div>
        <dt>{labels.grade}</dt>
        <dd>
          <span className="badge">{grade}</span>
        </dd>
      </div>
      {size && (
        <div>
          <dt>{labels.netWeight}</dt>
          <dd>{size.weight}</dd>
        </div>
      )}
      <div>
        <dt>{labels.stock}</dt>
        <dd className={size?.in_stock ? "stock-in" : "stock-out"}>{size?.in_stock ? labels.inStock : labels.outOfStock}</dd>
      </div>
    </dl>
  )
}
