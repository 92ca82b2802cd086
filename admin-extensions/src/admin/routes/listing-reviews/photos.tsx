import { Text } from "@medusajs/ui"
import type { Photo } from "../../lib/types"

/** The smallest WebP rendition, or the image itself when it has none. */
export const photoThumb = (photo: Photo) => photo.renditions?.webp?.["320"] ?? photo.url

/** The listing's photos as the buyer will see them, in order; each opens full size in a new tab. */
export const ReviewPhotos = ({ photos, title }: { photos: Photo[]; title: string }) => {
  if (!photos.length) return <Text size="small" className="text-ui-fg-subtle">无照片 No photos</Text>
  return (
    <ul className="mt-2 flex flex-wrap gap-1" aria-label={`照片 Photos: ${title}`}>
      {photos.map((photo, i) => (
        <li key={photo.id}>
          <a href={photo.renditions?.webp?.["1080"] ?? photo.url} target="_blank" rel="noreferrer">
            <img src={photoThumb(photo)} alt={`${title} · 第 ${i + 1} 张 Photo ${i + 1}`} width={64} height={64} loading="lazy" className="h-16 w-16 rounded object-cover" />
          </a>
        </li>
      ))}
    </ul>
  )
}
