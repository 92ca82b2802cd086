import { isCacheTag, productTag } from "./cache-tags"

describe("cache tags the backend may revalidate", () => {
  it.each([
    ["catalogue", true],
    ["sellers", true],
    ["trace", true],
    ["impact", true],
    [productTag("old-tree-chestnut-special-2-5kg"), true],
    [productTag("罗田板栗-特级"), true],
    ["product:", false],
    ["product:../../etc", false],
    ["grade-standards", false],
    [42, false],
  ])("%s → %s", (tag, ok) => {
    expect(isCacheTag(tag)).toBe(ok)
  })
})
