import sharp from "sharp"

type Api = { post: Function; get: Function; delete: Function }

/** A camera-like photo: noisy pixels (so it does not compress to nothing), as JPEG unless told otherwise. */
export async function photo(width = 1600, height = 1200, format: "jpeg" | "png" = "jpeg") {
  const image = sharp({ create: { width, height, channels: 3, noise: { type: "gaussian", mean: 128, sigma: 40 } } })
  return format === "png" ? image.png().toBuffer() : image.jpeg({ quality: 80 }).toBuffer()
}

/** A phone's JPEG that says where it was taken (EXIF GPS), as cameras write it. */
export async function photoWithGps() {
  return sharp(await photo(1200, 900))
    .withExif({ IFD0: { Make: "LuotianPhone", Model: "X1" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "30/1 47/1 1234/100", GPSLongitudeRef: "E", GPSLongitude: "115/1 24/1 0/1" } })
    .jpeg()
    .toBuffer()
}

/** Posts photos as a browser's form does: multipart, each file in "files". */
export function uploadPhotos(api: Api, productId: string, files: { name: string; content: Buffer; type?: string }[], auth: { headers: object }) {
  const form = new FormData()
  for (const file of files) form.append("files", new Blob([file.content], { type: file.type ?? "image/jpeg" }), file.name)
  return api.post(`/vendors/me/products/${productId}/photos`, form, auth)
}

/** The path of a stored file's URL, to fetch it from the suite's backend whatever host the URL names. */
export const pathOf = (url: string) => new URL(url).pathname
