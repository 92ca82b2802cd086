// The store's HTTP suites on one backend boot; each suite starts from the freshly seeded store (see support/boot.ts).
import { sharedBoot } from "../support/boot"
import allocation from "./allocation.suite"
import backup from "./backup.suite"
import certificates from "./certificates.suite"
import checkout from "./checkout.suite"
import grading from "./grading.suite"
import impact from "./impact.suite"
import householdPrivacy from "./household-privacy.suite"
import intakes from "./intakes.suite"
import isolation from "./isolation.suite"
import ledger from "./ledger.suite"
import ledgerIntakes from "./ledger-intakes.suite"
import listingImports from "./listing-imports.suite"
import listingPhotos from "./listing-photos.suite"
import lots from "./lots.suite"
import members from "./members.suite"
import observability from "./observability.suite"
import oversell from "./oversell.suite"
import packSizesMerge from "./pack-sizes-merge.suite"
import partners from "./partners.suite"
import purchases from "./purchases.suite"
import recall from "./recall.suite"
import routeRuns from "./route-runs.suite"
import seed from "./seed.suite"
import sellerOrders from "./seller-orders.suite"
import sellerProducts from "./seller-products.suite"
import sellers from "./sellers.suite"
import staff from "./staff.suite"
import stations from "./stations.suite"
import assistedOrders from "./assisted-orders.suite"
import storeSellers from "./store-sellers.suite"
import trace from "./trace.suite"

sharedBoot({
  allocation,
  backup,
  certificates,
  checkout,
  grading,
  impact,
  "household privacy": householdPrivacy,
  intakes,
  isolation,
  ledger,
  "ledger intakes": ledgerIntakes,
  "listing imports": listingImports,
  "listing photos": listingPhotos,
  lots,
  members,
  observability,
  oversell,
  "pack sizes merge": packSizesMerge,
  partners,
  purchases,
  recall,
  "route runs": routeRuns,
  seed,
  "seller orders": sellerOrders,
  "seller products": sellerProducts,
  sellers,
  staff,
  stations,
  "assisted-orders": assistedOrders,
  "store sellers": storeSellers,
  trace,
})
