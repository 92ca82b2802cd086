import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CHESTNUTS, listApproved } from "../support/listings"
import { photo, uploadPhotos } from "../support/photos"
import { registerSeller } from "../support/sellers"
import { backendDir, seedStore } from "../support/store"

jest.setTimeout(240_000)

// The association made photos a trigger: medusa-config.ts reads this when the runner boots, in its beforeAll.
process.env.LISTING_REREVIEW_ON = "grade,price_band,photos"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seedStore(getContainer())
    })
    afterAll(() => {
      delete process.env.LISTING_REREVIEW_ON
    })

    it("sends an approved listing back to review, out of the store, when its photos change", async () => {
      const a = await registerSeller(api, "photo-trigger")
      const approved = await listApproved(api, a, CHESTNUTS)
      expect(approved).toMatchObject({ status: "published", listing: { status: "approved" } })
      const { data } = await uploadPhotos(api, approved.id, [{ name: "new.jpg", content: await photo(600, 400) }], a.auth)
      expect(data.product).toMatchObject({ status: "draft", listing: { status: "pending", reason: null } })
    })
  },
})
