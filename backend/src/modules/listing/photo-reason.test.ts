import { photoRejection } from "./photo-reason"

describe("a rejection for photos", () => {
  it("names the photos by their place in both languages, and keeps the association's words", () => {
    expect(photoRejection([1, 3])).toBe("照片不符合要求：第 1、3 张 / Photos do not meet the association's rules: no. 1, 3")
    expect(photoRejection([2], "图片模糊 Blurred")).toBe("照片不符合要求：第 2 张 / Photos do not meet the association's rules: no. 2. 图片模糊 Blurred")
  })
})
