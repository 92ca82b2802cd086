// The suites that need the store's options set when the backend boots, on one boot (see support/boot.ts): a platform
// fee for payouts and statements, where net must differ from gross; photos as a re-review trigger.
import { sharedBoot } from "../support/boot"
import listingPhotosRereview from "./listing-photos-rereview.suite"
import payouts from "./payouts.suite"
import statements from "./statements.suite"

// Read by medusa-config.ts when the runner starts the app: a 5 % platform fee, and the association's triggers.
process.env.PLATFORM_FEE_RATE = "0.05"
process.env.LISTING_REREVIEW_ON = "grade,price_band,photos"

sharedBoot({ payouts, statements, "listing photos re-review": listingPhotosRereview })
