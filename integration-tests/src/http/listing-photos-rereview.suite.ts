import type { SuiteContext } from "../support/boot"
import { CHESTNUTS, listApproved } from "../support/listings"
import { photo, uploadPhotos } from "../support/photos"
import { registerSeller } from "../support/sellers"

// Runs where the association made photos a re-review trigger (options.spec.ts); by default they are not one
// (listing-photos.suite.ts).
export default function listingPhotosRereviewSuite({ api }: SuiteContext) {
  it("sends an approved listing back to review, out of the store, when its photos change", async () => {
    const a = await registerSeller(api, "photo-trigger")
    const approved = await listApproved(api, a, CHESTNUTS)
    expect(approved).toMatchObject({ status: "published", listing: { status: "approved" } })
    const { data } = await uploadPhotos(api, approved.id, [{ name: "new.jpg", content: await photo(600, 400) }], a.auth)
    expect(data.product).toMatchObject({ status: "draft", listing: { status: "pending", reason: null } })
  })
}
