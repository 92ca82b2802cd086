import type { Renditions } from "@luotian/contract"
import { pictureSources } from "@/lib/util/srcset"

type Props = {
  url: string
  renditions: Renditions | null | undefined
  alt: string
  /** How wide the image shows, for the browser to pick a rendition (the `sizes` attribute). */
  sizes: string
  size: number
  /** The first picture above the fold loads at once and first; every other one when scrolled near. */
  eager?: boolean
}

/** A photo in the format and width the buyer's browser and screen need (AVIF, then WebP), its plain url otherwise. */
export function ProductPhoto({ url, renditions, alt, sizes, size, eager }: Props) {
  const img = (
    <img
      src={url}
      alt={alt}
      width={size}
      height={size}
      decoding="async"
      {...(eager ? { fetchPriority: "high" as const } : { loading: "lazy" as const })}
    />
  )
  const sources = pictureSources(renditions)
  if (!sources.length) return img
  return (
    <picture>
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      {img}
    </picture>
  )
}
