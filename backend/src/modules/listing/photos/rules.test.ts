import { acceptedFormat, checkOrder, photoImages, primaryUrl, widthsFor } from "./rules"

describe("a seller's photo", () => {
  it("is accepted by its decoded format only: JPEG, PNG, WebP and AVIF (HEIF with AV1), not HEIC, GIF or SVG", () => {
    expect(acceptedFormat("jpeg")).toBe("JPEG")
    expect(acceptedFormat("heif", "av1")).toBe("AVIF")
    expect(acceptedFormat("heif", "hevc")).toBeUndefined()
    expect(acceptedFormat("svg")).toBeUndefined()
    expect(acceptedFormat("gif")).toBeUndefined()
    expect(acceptedFormat(undefined)).toBeUndefined()
  })

  it("gets renditions no wider than the original, and one at its own width when it is smaller than all", () => {
    expect(widthsFor(4032)).toEqual([320, 640, 1080])
    expect(widthsFor(800)).toEqual([320, 640])
    expect(widthsFor(640)).toEqual([320, 640])
    expect(widthsFor(200)).toEqual([200])
  })

  it("is shown by default as the WebP nearest 640 wide", () => {
    const webp = { "320": "s", "640": "m", "1080": "l" }
    expect(primaryUrl({ webp, avif: {} })).toBe("m")
    expect(primaryUrl({ webp: { "200": "t" }, avif: {} })).toBe("t")
  })

  it("is reordered only by naming every photo of the product once", () => {
    expect(checkOrder(["a", "b", "c"], ["c", "a", "b"])).toBeUndefined()
    expect(checkOrder(["a", "b"], ["a", "x"])).toMatch(/^image_ids: x is not a photo/)
    expect(checkOrder(["a", "b"], ["a", "a"])).toMatch(/named twice/)
    expect(checkOrder(["a", "b"], ["a"])).toMatch(/missing b/)
  })
})

describe("a rendered photo as a product image", () => {
  it("keeps its renditions by format and width, its files, and the mid WebP as its url", () => {
    const files = [{ format: "avif", width: 320 }, { format: "webp", width: 320 }, { format: "avif", width: 640 }, { format: "webp", width: 640 }]
    const stored = ["a320", "w320", "a640", "w640", "w200"].map((id) => ({ id, url: `/static/${id}` }))
    const images = photoImages([{ width: 800, height: 600, files }, { width: 200, height: 200, files: [{ format: "webp", width: 200 }] }], stored)
    expect(images[0]).toEqual({
      url: "/static/w640",
      metadata: {
        renditions: { avif: { "320": "/static/a320", "640": "/static/a640" }, webp: { "320": "/static/w320", "640": "/static/w640" } },
        width: 800,
        height: 600,
        file_ids: ["a320", "w320", "a640", "w640"],
      },
    })
    expect(images[1].url).toBe("/static/w200")
  })
})
