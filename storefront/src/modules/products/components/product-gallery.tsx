import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"

/** The product's pictures: the first large (loaded first), any others as a strip below it. */
export function ProductGallery({ images, title, locale }: { images: { url: string }[]; title: string; locale: Locale }) {
  if (!images.length) return null
  const t = dictionary(locale)
  const alt = (i: number) => t.product.imageAlt(title, i + 1, images.length)
  const [first, ...rest] = images
  return (
    <section className="product-gallery" aria-label={t.product.images}>
      <img src={first.url} alt={alt(0)} width={480} height={480} fetchPriority="high" decoding="async" />
      {rest.length > 0 && (
        <ul>
          {rest.map((image, i) => (
            <li key={image.url}>
              <img src={image.url} alt={alt(i + 1)} width={96} height={96} loading="lazy" decoding="async" />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
