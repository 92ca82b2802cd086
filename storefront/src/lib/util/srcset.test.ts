import { pictureSources, srcSet } from "./srcset"

describe("a photo's sources", () => {
  it("lists each format's renditions narrowest first, AVIF before WebP", () => {
    const renditions = { avif: { "640": "a640", "320": "a320" }, webp: { "320": "w320", "1080": "w1080" } }
    expect(srcSet(renditions.webp)).toBe("w320 320w, w1080 1080w")
    expect(pictureSources(renditions)).toEqual([
      { type: "image/avif", srcSet: "a320 320w, a640 640w" },
      { type: "image/webp", srcSet: "w320 320w, w1080 1080w" },
    ])
  })

  it("gives no source for an image without renditions (a plain thumbnail)", () => {
    expect(pictureSources(null)).toEqual([])
    expect(pictureSources({ avif: {}, webp: {} })).toEqual([])
  })
})
