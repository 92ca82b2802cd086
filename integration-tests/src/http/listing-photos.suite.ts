import type { SuiteContext } from "../support/boot"
import sharp from "sharp"
import { CHESTNUTS } from "../support/listings"
import { pathOf, photo, photoWithGps, uploadPhotos } from "../support/photos"
import { failure, registerSeller } from "../support/sellers"
import { adminHeaders } from "../support/store"

// Photos with the default re-review rule (no "photos" trigger); options.spec.ts sets it (listing-photos-rereview.suite.ts).
export default function listingPhotosSuite({ api, getContainer }: SuiteContext) {
  const fetchFile = (url: string) => api.get(pathOf(url), { responseType: "arraybuffer" }).then((r: any) => Buffer.from(r.data))

  it("renders each photo as WebP and AVIF at widths up to the original, kept on the product in order", async () => {
    const a = await registerSeller(api, "photo-upload")
    const { data: created } = await api.post("/vendors/me/products", CHESTNUTS, a.auth)
    const id = created.product.id
    const { status, data } = await uploadPhotos(api, id, [
      { name: "wide.jpg", content: await photo(1600, 1200) },
      { name: "small.png", content: await photo(500, 500, "png"), type: "image/png" },
    ], a.auth)
    expect(status).toBe(201)
    const [wide, small] = data.product.images
    expect(wide.metadata.renditions.webp).toEqual({ "320": expect.any(String), "640": expect.any(String), "1080": expect.any(String) })
    expect(Object.keys(wide.metadata.renditions.avif)).toEqual(["320", "640", "1080"])
    expect(wide.url).toBe(wide.metadata.renditions.webp["640"])
    expect(small.metadata.renditions.webp).toEqual({ "320": expect.any(String) })
    expect(data.product.thumbnail).toBe(wide.url)
    for (const [format, widths] of Object.entries(wide.metadata.renditions) as [string, Record<string, string>][]) {
      for (const [width, url] of Object.entries(widths)) {
        const meta = await sharp(await fetchFile(url)).metadata()
        expect([format, width, meta.format === "heif" ? `heif/${meta.compression}` : meta.format, meta.width]).toEqual(
          [format, width, format === "avif" ? "heif/av1" : "webp", Number(width)]
        )
      }
    }
  })

  it("strips EXIF (the GPS position) from every stored rendition and turns the photo upright", async () => {
    const a = await registerSeller(api, "photo-gps")
    const { data: created } = await api.post("/vendors/me/products", CHESTNUTS, a.auth)
    const original = await photoWithGps()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const turned = await sharp(await photo(800, 600)).withMetadata({ orientation: 6 }).jpeg().toBuffer()
    const { data } = await uploadPhotos(api, created.product.id, [{ name: "gps.jpg", content: original }, { name: "turned.jpg", content: turned }], a.auth)
    const [gps, upright] = data.product.images
    for (const url of [...Object.values(gps.metadata.renditions.webp), ...Object.values(gps.metadata.renditions.avif)] as string[]) {
      const content = await fetchFile(url)
      const meta = await sharp(content).metadata()
      expect([url, meta.exif, meta.xmp]).toEqual([url, undefined, undefined])
      expect(content.includes(Buffer.from("LuotianPhone"))).toBe(false)
    }
    // Shot sideways (EXIF orientation 6): stored 600 wide and 800 high, with no orientation left to apply.
    const meta = await sharp(await fetchFile(upright.metadata.renditions.webp["320"])).metadata()
    expect([upright.metadata.width, upright.metadata.height, meta.width, meta.height, meta.orientation]).toEqual([600, 800, 320, 427, undefined])
  })

  it("refuses what is not a photo by its content, a file over 10 MB, and an empty upload, naming the field and rule", async () => {
    const a = await registerSeller(api, "photo-refused")
    const { data: created } = await api.post("/vendors/me/products", CHESTNUTS, a.auth)
    const id = created.product.id
    const text = await failure(uploadPhotos(api, id, [{ name: "harvest.jpg", content: Buffer.from("%PDF-1.4 not a photo at all") }], a.auth))
    expect([text.status, text.data.message]).toEqual([400, expect.stringMatching(/^files\[0\] \("harvest\.jpg"\): not an image; a photo must be a JPEG, PNG, WebP or AVIF image, checked by its content/)])
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600"/></svg>')
    const second = await failure(uploadPhotos(api, id, [{ name: "ok.jpg", content: await photo(400, 300) }, { name: "drawing.jpg", content: svg }], a.auth))
    expect([second.status, second.data.message]).toEqual([400, expect.stringMatching(/^files\[1\] \("drawing\.jpg"\): svg is not accepted/)])
    const huge = Buffer.concat([await photo(400, 300), Buffer.alloc(10 * 1024 * 1024)])
    const big = await failure(uploadPhotos(api, id, [{ name: "huge.jpg", content: huge }], a.auth))
    expect([big.status, big.data.message]).toEqual([413, expect.stringContaining("at most 10 MB")])
    const none = await failure(api.post(`/vendors/me/products/${id}/photos`, {}, a.auth))
    expect([none.status, none.data.message]).toEqual([400, expect.stringContaining("files")])
    // Nothing was kept of any refused upload.
    expect((await api.get(`/vendors/me/products/${id}`, a.auth)).data.product.images).toEqual([])
  })

  it("reorders and deletes photos (their files too); another seller's product is not found", async () => {
    const a = await registerSeller(api, "photo-order")
    const other = await registerSeller(api, "photo-other")
    const { data: created } = await api.post("/vendors/me/products", CHESTNUTS, a.auth)
    const id = created.product.id
    const { data } = await uploadPhotos(api, id, await Promise.all([1, 2, 3].map(async (n) => ({ name: `${n}.jpg`, content: await photo(400 + n, 300) }))), a.auth)
    const ids = data.product.images.map((image: any) => image.id)

    const { data: reordered } = await api.post(`/vendors/me/products/${id}/photos/order`, { image_ids: [ids[2], ids[0], ids[1]] }, a.auth)
    expect(reordered.product.images.map((image: any) => image.id)).toEqual([ids[2], ids[0], ids[1]])
    expect(reordered.product.thumbnail).toBe(reordered.product.images[0].url)
    const partial = await failure(api.post(`/vendors/me/products/${id}/photos/order`, { image_ids: [ids[0]] }, a.auth))
    expect([partial.status, partial.data.message]).toEqual([400, expect.stringContaining("image_ids: name every photo")])

    const removed = reordered.product.images[0]
    const { data: after } = await api.delete(`/vendors/me/products/${id}/photos/${removed.id}`, a.auth)
    expect(after.product.images.map((image: any) => image.id)).toEqual([ids[0], ids[1]])
    expect(after.product.thumbnail).toBe(after.product.images[0].url)
    expect((await failure(fetchFile(removed.metadata.renditions.webp["320"]))).status).toBe(404)
    expect((await failure(api.delete(`/vendors/me/products/${id}/photos/${removed.id}`, a.auth))).status).toBe(404)

    // Another seller: every photo route answers 404 and changes nothing. Each call starts only when awaited, so a
    // rejection never goes unhandled while an earlier one is still uploading.
    const foreignPhoto = await photo(400, 300)
    for (const attempt of [
      () => uploadPhotos(api, id, [{ name: "x.jpg", content: foreignPhoto }], other.auth),
      () => api.post(`/vendors/me/products/${id}/photos/order`, { image_ids: [ids[1], ids[0]] }, other.auth),
      () => api.delete(`/vendors/me/products/${id}/photos/${ids[0]}`, other.auth),
    ]) {
      expect((await failure(attempt())).status).toBe(404)
    }
    expect((await api.get(`/vendors/me/products/${id}`, a.auth)).data.product.images.map((image: any) => image.id)).toEqual([ids[0], ids[1]])
  })

  it("shows the photos in the review queue, rejects for named photos, and by default keeps an approved listing on sale when photos change", async () => {
    const a = await registerSeller(api, "photo-review")
    const admin = await adminHeaders(api)
    const { data: created } = await api.post("/vendors/me/products", CHESTNUTS, a.auth)
    const id = created.product.id
    const { data } = await uploadPhotos(api, id, [{ name: "1.jpg", content: await photo(700, 500) }, { name: "2.jpg", content: await photo(700, 500) }], a.auth)
    const [first, second] = data.product.images
    const { data: queue } = await api.get(`/admin/listing-reviews?product_id=${id}`, admin)
    expect(queue.listings[0].product.photos).toEqual([
      { id: first.id, url: first.url, renditions: first.metadata.renditions },
      { id: second.id, url: second.url, renditions: second.metadata.renditions },
    ])

    const foreign = await failure(api.post(`/admin/listing-reviews/${id}`, { decision: "reject", photos: ["img_not_this_product"] }, admin))
    expect([foreign.status, foreign.data.message]).toEqual([400, expect.stringContaining("photos: img_not_this_product is not a photo")])
    await api.post(`/admin/listing-reviews/${id}`, { decision: "reject", photos: [second.id], reason: "图片模糊 Blurred" }, admin)
    const { data: rejected } = await api.get(`/vendors/me/products/${id}`, a.auth)
    expect(rejected.product.listing).toMatchObject({
      status: "rejected",
      reason: "照片不符合要求：第 2 张 / Photos do not meet the association's rules: no. 2. 图片模糊 Blurred",
    })

    // New photos answer a rejection: the listing goes back to the queue.
    await api.delete(`/vendors/me/products/${id}/photos/${second.id}`, a.auth)
    expect((await api.get(`/vendors/me/products/${id}`, a.auth)).data.product.listing).toMatchObject({ status: "pending", reason: null })
    await api.post(`/admin/listing-reviews/${id}`, { decision: "approve" }, admin)

    // Approved, and "photos" is no trigger by default: adding, reordering and deleting keep it on sale.
    const { data: added } = await uploadPhotos(api, id, [{ name: "3.jpg", content: await photo(500, 500) }], a.auth)
    expect(added.product).toMatchObject({ status: "published", listing: { status: "approved" } })
    const order = added.product.images.map((image: any) => image.id).reverse()
    expect((await api.post(`/vendors/me/products/${id}/photos/order`, { image_ids: order }, a.auth)).data.product).toMatchObject({ status: "published", listing: { status: "approved" } })
  })
}
