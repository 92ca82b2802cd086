import type { Renditions } from "@luotian/contract"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"
import { ProductPhoto } from "./product-photo"

type Image = { url: string; renditions?: Renditions | null }

// The large picture fills a phone's width and is at most 480 px beside the facts on a wide screen; the strip's are 96 px.
const LARGE = "(max-width: 640px) 100vw, 480px"
const STRIP = "72px"

/** The product's pictures: the first large (loaded first), any others as a strip below it, loaded when near. */
export function ProductGallery({ images, title, locale }: { images: Image[]; title: string; locale: Locale }) {
  if (!images.length) return null
  const t = dictionary(locale)
  const alt = (i: number) => t.product.imageAlt(title, i + 1, images.length)
  const [first, ...rest] = images
  return (
    <section className="product-gallery" aria-label={t.product.images}>
      <ProductPhoto url={first.url} renditions={first.renditions} alt={alt(0)} sizes={LARGE} size={480} eager />
      {rest.length > 0 && (
        <ul>
          {rest.map((image, i) => (
            <li key={image.url}>
              <ProductPhoto url={image.url} renditions={image.renditions} alt={alt(i + 1)} sizes={STRIP} size={96} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
