import type { Renditions } from "@luotian/contract"

/** "url 320w, url 640w, …" for one format's renditions, narrowest first; "" without any. */
export function srcSet(byWidth: Record<string, string> | undefined) {
  return Object.entries(byWidth ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([width, url]) => `${url} ${width}w`)
    .join(", ")
}

/** The <source>s of a photo, AVIF first (the browser takes the first it can show); none for an image without renditions. */
export function pictureSources(renditions: Renditions | null | undefined) {
  if (!renditions) return []
  return (["avif", "webp"] as const)
    .map((format) => ({ type: `image/${format}`, srcSet: srcSet(renditions[format]) }))
    .filter((source) => source.srcSet)
}
