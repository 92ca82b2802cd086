import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { CatalogueQuery } from "../search/catalogue/query"
import { exactRefund } from "./admin/payments/exact-refund"
import { errorHandler } from "./errors"
import { failFastWithoutDatabase } from "./guards/database-down"
import { guardInput } from "./guards/input"
import { limitAttempts } from "./guards/login-limits"
import { withRequestId } from "./guards/request-id"
import { DecideListing, ListReviewsQuery } from "./admin/listing-reviews/validators"
import { ListSellersQuery, SellerStatusBody } from "./admin/sellers/validators"
import { AdminStatementCsvQuery, AdminStatementParams, AdminStatementsQuery } from "./admin/statements/validators"
import { verifyPaymentWebhook } from "./hooks/payment/verify-webhook"
import { ListAuditQuery } from "./admin/audit/validators"
import { ListStandardsQuery, StandardEdit, StoreStandardsQuery } from "./admin/grade-standards/validators"
import { ListInspectionsQuery, RecordInspection } from "./admin/inspections/validators"
import { hideUnlistedSellers } from "./store/products/hide-unlisted-sellers"
import { guardLineUpdate, guardNewCart, guardNewLine } from "./store/carts/guards"
import { ProductHandleParams } from "./store/catalogue/validators"
import { SellerHandleParams, StoreSellersQuery } from "./store/sellers/validators"
import { PurchaseParams, PurchasesQuery, ReceiptParams } from "./store/purchases/validators"
import { TraceParams } from "./store/trace/validators"
import { noSellerParts, onlyPurchaseReaders } from "./store/purchases/access"
import { ImpactQuery, ImpactRefreshBody, PublicImpactQuery } from "@luotian/contract"
import { validateBody, validateParams, validateQuery } from "./validate"
import { CreatePartnerPoint, PartnerIdParams, PosterQuery, SetPartnerShelf, UpdatePartnerPoint } from "./admin/partners/validators"
import { CartPartnerBody, PartnerCodeParams } from "./store/partners/validators"
import { AcceptOwnerInvite, InviteOwner, MonthsQuery, OwnOrdersQuery } from "./partners/validators"
import { CreateMember } from "./vendors/me/members/validators"
import { AttachInspection, CreateLot, IssueCertificate, LabelsQuery, ListLotsQuery, ReceiveLot, WithdrawLot } from "./vendors/me/lots/validators"
import { FulfilSellerOrder, NoBody, ReceiveReturn } from "./vendors/me/orders/validators"
import { AdminLotsQuery } from "./admin/lots/validators"
import { StatementMonths, StatementParams, StatementQuery } from "./vendors/me/statements/validators"
import { AddPackSize, CreateSellerProduct, ListSellerProductsQuery, SetStock, UpdateSellerProduct } from "./vendors/me/products/validators"
import { receivePhotos } from "./vendors/me/products/photo-upload"
import { receiveSheet } from "./vendors/me/listing-imports/sheet-upload"
import { ExportQuery, ImportParams, ImportQuery } from "./vendors/me/listing-imports/validators"
import { ReorderPhotos } from "./vendors/me/products/[id]/photos/validators"
import { AcceptInvite, InviteStaff, RegisterSeller, UpdateSellerProfile } from "./vendors/validators"
import { payoutAccountInputSchema } from "@luotian/contract"
import * as Payouts from "./admin/payout-batches/validators"
import { PayoutParams } from "./vendors/me/payouts/validators"
import { CreateStation, InviteStationUser, ListStationsQuery, StationStatusBody } from "./admin/stations/validators"
import { activeStation } from "./stations/me/current-station"
import { CashBookQuery, HandOverBody, ListParcelsQuery, ParcelParams, RemittanceBody } from "./stations/me/validators"
import { AssistedOrderParams, AssistedOrdersQuery } from "./stations/me/validators"
import { PlaceAssistedOrderBody } from "@luotian/contract"
import { guardPickupChoice } from "./store/carts/pickup"
import { StoreStationsQuery } from "./store/stations/validators"
import * as Ledger from "@luotian/contract"
import { LedgerMemberParams, LedgerNoQuery } from "./vendors/me/ledger/validators"
import * as RouteRuns from "./admin/route-runs/validators"
import { sellsForVillagers } from "./stations/me/intakes/sells-for"
import { CreateIntake, IntakeParams, IntakeSellerParams, ListIntakesQuery } from "./stations/me/intakes/validators"
import { synonymGroupInputSchema } from "@luotian/contract"
import { SynonymGroupParams } from "./admin/search-synonyms/validators"

export default defineMiddlewares({
  errorHandler: errorHandler(),
  routes: [
    // Every route, Medusa's included: a request id (guards/request-id.ts); control characters, malformed path
    // escapes, limit and offset (guards/input.ts).
    { matcher: "/", middlewares: [withRequestId, guardInput] },
    // Every route: without Postgres a request is answered 503 within seconds, not after a minute (guards/database-down.ts).
    { matcher: "/", middlewares: [failFastWithoutDatabase] },
    // Every route that checks a secret, for every actor (guards/login-limits.ts).
    ...["/auth/:actor/emailpass", "/auth/:actor/emailpass/register", "/auth/:actor/emailpass/reset-password", "/auth/:actor/emailpass/update"]
      .concat(["/admin/invites/accept", "/vendors/invites/accept", "/stations/invites/accept", "/partners/invites/accept"])
      .map((matcher) => ({ matcher, methods: ["POST" as const], middlewares: [limitAttempts] })),
    { matcher: "/store/catalogue", methods: ["GET"], middlewares: [validateQuery(CatalogueQuery)] },
    { matcher: "/store/catalogue/:handle", methods: ["GET"], middlewares: [validateParams(ProductHandleParams)] },
    { matcher: "/store/catalogue/:handle/lot", methods: ["GET"], middlewares: [validateParams(ProductHandleParams)] },
    { matcher: "/store/sellers", methods: ["GET"], middlewares: [validateQuery(StoreSellersQuery)] },
    { matcher: "/store/sellers/:handle", methods: ["GET"], middlewares: [validateParams(SellerHandleParams)] },
    { matcher: "/store/partners/:code", methods: ["GET"], middlewares: [validateParams(PartnerCodeParams)] },
    { matcher: "/store/partners/:code/scans", methods: ["POST"], middlewares: [validateParams(PartnerCodeParams), validateBody(NoBody)] },
    { matcher: "/store/carts/:id/partner", methods: ["POST"], middlewares: [validateBody(CartPartnerBody)] },
    { matcher: "/admin/partners", methods: ["POST"], middlewares: [validateBody(CreatePartnerPoint)] },
    { matcher: "/admin/partners/:id", methods: ["POST"], middlewares: [validateParams(PartnerIdParams), validateBody(UpdatePartnerPoint)] },
    { matcher: "/admin/partners/:id/shelf", methods: ["POST"], middlewares: [validateParams(PartnerIdParams), validateBody(SetPartnerShelf)] },
    { matcher: "/admin/partners/:id/poster", methods: ["GET"], middlewares: [validateParams(PartnerIdParams), validateQuery(PosterQuery)] },
    { matcher: "/admin/partners/:id/invites", methods: ["POST"], middlewares: [validateParams(PartnerIdParams), validateBody(InviteOwner)] },
    { matcher: "/admin/partners/months", methods: ["GET"], middlewares: [validateQuery(MonthsQuery)] },
    // A point's owner logs in as the "partner" actor and reads only its own point.
    {
      matcher: "/partners/invites/accept",
      methods: ["POST"],
      middlewares: [authenticate("partner", "bearer", { allowUnregistered: true }), validateBody(AcceptOwnerInvite)],
    },
    { matcher: "/partners/me*", middlewares: [authenticate("partner", ["bearer", "session"])] },
    { matcher: "/partners/me", methods: ["GET"], middlewares: [validateQuery(NoBody)] },
    { matcher: "/partners/me/scans", methods: ["GET"], middlewares: [validateQuery(NoBody)] },
    { matcher: "/partners/me/months", methods: ["GET"], middlewares: [validateQuery(MonthsQuery)] },
    { matcher: "/partners/me/orders", methods: ["GET"], middlewares: [validateQuery(OwnOrdersQuery)] },
    { matcher: "/store/trace/:gtin/:lot", methods: ["GET"], middlewares: [validateParams(TraceParams)] },
    { matcher: "/hooks/payment/:provider", methods: ["POST"], middlewares: [verifyPaymentWebhook] },
    { matcher: "/admin/payments/:id/refund", methods: ["POST"], middlewares: [exactRefund] },
    // Medusa's cart validators take fractional quantities and an empty currency (store/carts/guards.ts).
    { matcher: "/store/carts", methods: ["POST"], middlewares: [guardNewCart] },
    { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [guardNewLine] },
    { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST"], middlewares: [guardLineUpdate] },
    { matcher: "/store/products", methods: ["GET"], middlewares: [hideUnlistedSellers] },
    { matcher: "/store/products/:id", methods: ["GET"], middlewares: [hideUnlistedSellers] },
    { matcher: "/store/purchases/:id", methods: ["GET"], middlewares: [validateParams(PurchaseParams)] },
    { matcher: "/store/purchases/:id/households", methods: ["GET"], middlewares: [validateParams(PurchaseParams)] },
    // Medusa's own order routes answer anyone who knows an order id: a purchase only to its buyer, a seller's part never.
    { matcher: "/store/orders/:id", methods: ["GET"], middlewares: [onlyPurchaseReaders] },
    { matcher: "/store/orders/:id/transfer/request", methods: ["POST"], middlewares: [onlyPurchaseReaders] },
    // Spelled out: Medusa registers static paths before ones with parameters (":action" would run after the routes).
    { matcher: "/store/orders/:id/transfer/accept", methods: ["POST"], middlewares: [noSellerParts] },
    { matcher: "/store/orders/:id/transfer/decline", methods: ["POST"], middlewares: [noSellerParts] },
    { matcher: "/store/orders/:id/transfer/cancel", methods: ["POST"], middlewares: [noSellerParts] },
    // Medusa's own "/store/customers/me*" middleware already authenticates the customer (bearer or session).
    { matcher: "/store/customers/me/purchases", methods: ["GET"], middlewares: [validateQuery(PurchasesQuery)] },
    {
      matcher: "/vendors",
      methods: ["POST"],
      middlewares: [authenticate("seller", "bearer", { allowUnregistered: true }), validateBody(RegisterSeller)],
    },
    {
      matcher: "/vendors/invites/accept",
      methods: ["POST"],
      middlewares: [authenticate("seller", "bearer", { allowUnregistered: true }), validateBody(AcceptInvite)],
    },
    { matcher: "/vendors/me*", middlewares: [authenticate("seller", ["bearer", "session"])] },
    { matcher: "/vendors/me", methods: ["POST"], middlewares: [validateBody(UpdateSellerProfile)] },
    { matcher: "/vendors/me/invites", methods: ["POST"], middlewares: [validateBody(InviteStaff)] },
    { matcher: "/vendors/me/members", methods: ["POST"], middlewares: [validateBody(CreateMember)] },
    { matcher: "/vendors/me/lots", methods: ["GET"], middlewares: [validateQuery(ListLotsQuery)] },
    { matcher: "/vendors/me/lots", methods: ["POST"], middlewares: [validateBody(CreateLot)] },
    { matcher: "/vendors/me/lots/:id/inspection", methods: ["POST"], middlewares: [validateBody(AttachInspection)] },
    { matcher: "/vendors/me/lots/:id/receipts", methods: ["POST"], middlewares: [validateBody(ReceiveLot)] },
    { matcher: "/vendors/me/lots/:id/certificates", methods: ["POST"], middlewares: [validateBody(IssueCertificate)] },
    { matcher: "/vendors/me/lots/:id/labels.pdf", methods: ["GET"], middlewares: [validateQuery(LabelsQuery)] },
    { matcher: "/vendors/me/products", methods: ["GET"], middlewares: [validateQuery(ListSellerProductsQuery)] },
    { matcher: "/vendors/me/products", methods: ["POST"], middlewares: [validateBody(CreateSellerProduct)] },
    { matcher: "/vendors/me/products/:id", methods: ["POST"], middlewares: [validateBody(UpdateSellerProduct)] },
    { matcher: "/vendors/me/products/:id/stock", methods: ["POST"], middlewares: [validateBody(SetStock)] },
    { matcher: "/vendors/me/products/:id/sizes", methods: ["POST"], middlewares: [validateBody(AddPackSize)] },
    { matcher: "/vendors/me/products/:id/photos", methods: ["POST"], middlewares: [receivePhotos] },
    { matcher: "/vendors/me/products/:id/photos/order", methods: ["POST"], middlewares: [validateBody(ReorderPhotos)] },
    { matcher: "/vendors/me/listing-imports", methods: ["POST"], middlewares: [validateQuery(ImportQuery), receiveSheet] },
    { matcher: "/vendors/me/listing-imports/:id", methods: ["GET"], middlewares: [validateParams(ImportParams)] },
    { matcher: "/vendors/me/listing-export", methods: ["GET"], middlewares: [validateQuery(ExportQuery)] },
    { matcher: "/vendors/me/orders/:id/fulfillments", methods: ["POST"], middlewares: [validateBody(FulfilSellerOrder)] },
    { matcher: "/vendors/me/orders/:id/cancel", methods: ["POST"], middlewares: [validateBody(NoBody)] },
    { matcher: "/vendors/me/orders/:id/mark-paid", methods: ["POST"], middlewares: [validateBody(NoBody)] },
    { matcher: "/vendors/me/statements", methods: ["GET"], middlewares: [validateQuery(StatementMonths)] },
    {
      matcher: "/vendors/me/statements/:month",
      methods: ["GET"],
      middlewares: [validateParams(StatementParams), validateQuery(StatementQuery)],
    },
    {
      matcher: "/vendors/me/statements/:month/csv",
      methods: ["GET"],
      middlewares: [validateParams(StatementParams), validateQuery(StatementQuery)],
    },
    { matcher: "/admin/listing-reviews", methods: ["GET"], middlewares: [validateQuery(ListReviewsQuery)] },
    { matcher: "/admin/listing-reviews/:product_id", methods: ["POST"], middlewares: [validateBody(DecideListing)] },
    { matcher: "/admin/sellers", methods: ["GET"], middlewares: [validateQuery(ListSellersQuery)] },
    { matcher: "/admin/sellers/:id/status", methods: ["POST"], middlewares: [validateBody(SellerStatusBody)] },
    { matcher: "/admin/statements", methods: ["GET"], middlewares: [validateQuery(AdminStatementsQuery)] },
    { matcher: "/admin/grade-standards", methods: ["GET"], middlewares: [validateQuery(ListStandardsQuery)] },
    { matcher: "/admin/grade-standards/:id", methods: ["POST"], middlewares: [validateBody(StandardEdit)] },
    { matcher: "/admin/inspections", methods: ["GET"], middlewares: [validateQuery(ListInspectionsQuery)] },
    { matcher: "/admin/inspections", methods: ["POST"], middlewares: [validateBody(RecordInspection)] },
    { matcher: "/admin/audit", methods: ["GET"], middlewares: [validateQuery(ListAuditQuery)] },
    { matcher: "/store/grade-standards", methods: ["GET"], middlewares: [validateQuery(StoreStandardsQuery)] },
    // Village stations: the association's network, the operators' own routes (a suspended station is refused), pickup.
    { matcher: "/admin/stations", methods: ["GET"], middlewares: [validateQuery(ListStationsQuery)] },
    { matcher: "/admin/stations", methods: ["POST"], middlewares: [validateBody(CreateStation)] },
    { matcher: "/admin/stations/:id", methods: ["POST"], middlewares: [validateBody(StationStatusBody)] },
    { matcher: "/admin/stations/:id/invites", methods: ["POST"], middlewares: [validateBody(InviteStationUser)] },
    {
      matcher: "/stations/invites/accept",
      methods: ["POST"],
      middlewares: [authenticate("station", "bearer", { allowUnregistered: true }), validateBody(AcceptInvite)],
    },
    { matcher: "/stations/me*", middlewares: [authenticate("station", ["bearer", "session"]), activeStation] },
    { matcher: "/stations/me/invites", methods: ["POST"], middlewares: [validateBody(InviteStationUser)] },
    { matcher: "/stations/me/parcels", methods: ["GET"], middlewares: [validateQuery(ListParcelsQuery)] },
    { matcher: "/stations/me/parcels/:id/receive", methods: ["POST"], middlewares: [validateParams(ParcelParams), validateBody(NoBody)] },
    { matcher: "/stations/me/parcels/:id/hand-over", methods: ["POST"], middlewares: [validateParams(ParcelParams), validateBody(HandOverBody)] },
    { matcher: "/stations/me/cash-book", methods: ["GET"], middlewares: [validateQuery(CashBookQuery)] },
    { matcher: "/stations/me/remittances", methods: ["POST"], middlewares: [validateBody(RemittanceBody)] },
    { matcher: "/store/stations", methods: ["GET"], middlewares: [validateQuery(StoreStationsQuery)] },
    { matcher: "/store/carts/:id/shipping-methods", methods: ["POST"], middlewares: [guardPickupChoice] },
    {
      matcher: "/admin/statements/:month/csv",
      methods: ["GET"],
      middlewares: [validateParams(AdminStatementParams), validateQuery(AdminStatementCsvQuery)],
    },
    // Seller payouts (README, "Payouts"). Bodies are checked before ids, so that a refused body names its field.
    { matcher: "/store/purchases/:id/parts/:part_id/confirm-receipt", methods: ["POST"], middlewares: [validateBody(NoBody), validateParams(ReceiptParams)] },
    { matcher: "/vendors/me/payout-account", methods: ["POST"], middlewares: [validateBody(payoutAccountInputSchema)] },
    { matcher: "/vendors/me/payouts/:id", methods: ["GET"], middlewares: [validateParams(PayoutParams)] },
    { matcher: "/vendors/me/payouts/:id/detail.csv", methods: ["GET"], middlewares: [validateParams(PayoutParams)] },
    { matcher: "/admin/payout-balances", methods: ["GET"], middlewares: [validateQuery(Payouts.BalancesQuery)] },
    { matcher: "/admin/payout-reconciliation", methods: ["GET"], middlewares: [validateQuery(Payouts.ReconciliationQuery)] },
    { matcher: "/admin/payout-settings", methods: ["POST"], middlewares: [validateBody(Payouts.PayoutSettingsBody)] },
    { matcher: "/admin/payout-batches", methods: ["GET"], middlewares: [validateQuery(Payouts.ListBatchesQuery)] },
    { matcher: "/admin/payout-batches", methods: ["POST"], middlewares: [validateBody(Payouts.CreatePayoutBatch)] },
    { matcher: "/admin/payout-batches/:id", methods: ["GET"], middlewares: [validateParams(Payouts.BatchParams)] },
    {
      matcher: "/admin/payout-batches/:id/export.csv",
      methods: ["GET"],
      middlewares: [validateParams(Payouts.BatchParams), validateQuery(Payouts.ExportQuery)],
    },
    { matcher: "/admin/payout-batches/:id/summary.pdf", methods: ["GET"], middlewares: [validateParams(Payouts.BatchParams)] },
    {
      matcher: "/admin/payout-batches/:id/items/:item_id/paid",
      methods: ["POST"],
      middlewares: [validateBody(Payouts.ItemPaid), validateParams(Payouts.ItemParams)],
    },
    {
      matcher: "/admin/payout-batches/:id/items/:item_id/failed",
      methods: ["POST"],
      middlewares: [validateBody(Payouts.ItemFailed), validateParams(Payouts.ItemParams)],
    },
    { matcher: "/admin/seller-orders/:id/hold", methods: ["POST"], middlewares: [validateBody(Payouts.HoldBody), validateParams(Payouts.SellerOrderParams)] },
    {
      matcher: "/admin/seller-orders/:id/release-hold",
      methods: ["POST"],
      middlewares: [validateBody(NoBody), validateParams(Payouts.SellerOrderParams)],
    },
    // Recalls (README, "Traceability"): lot lookup, withdrawal, the buyers' export, returns into lots.
    { matcher: "/vendors/me/lots/:id/withdraw", methods: ["POST"], middlewares: [validateBody(WithdrawLot)] },
    { matcher: "/vendors/me/orders/:id/returns", methods: ["POST"], middlewares: [validateBody(ReceiveReturn)] },
    { matcher: "/admin/lots", methods: ["GET"], middlewares: [validateQuery(AdminLotsQuery)] },
    { matcher: "/admin/lots/:id/withdraw", methods: ["POST"], middlewares: [validateBody(WithdrawLot)] },
    // Household incomes (README, "Household incomes"): the seller's own households, rule, close, payments, paper and CSV.
    { matcher: "/vendors/me/ledger/rule", methods: ["POST"], middlewares: [validateBody(Ledger.PayoutRuleBody)] },
    { matcher: "/vendors/me/ledger/rule", methods: ["GET"], middlewares: [validateQuery(LedgerNoQuery)] },
    { matcher: "/vendors/me/ledger/households", methods: ["GET"], middlewares: [validateQuery(Ledger.LedgerMonthQuery)] },
    { matcher: "/vendors/me/ledger/households/:memberId", methods: ["GET"], middlewares: [validateParams(LedgerMemberParams), validateQuery(Ledger.LedgerMonthQuery)] },
    {
      matcher: "/vendors/me/ledger/households/:memberId/statement.pdf",
      methods: ["GET"],
      middlewares: [validateParams(LedgerMemberParams), validateQuery(Ledger.LedgerMonthRequired)],
    },
    { matcher: "/vendors/me/ledger/ledger.csv", methods: ["GET"], middlewares: [validateQuery(Ledger.LedgerMonthRequired)] },
    { matcher: "/vendors/me/ledger/close", methods: ["POST"], middlewares: [validateBody(Ledger.LedgerCloseBody)] },
    { matcher: "/vendors/me/ledger/payments", methods: ["POST"], middlewares: [validateBody(Ledger.LedgerPaymentBody)] },
    // Route runs (README, "Route runs and savings"): the association plans and reports, the hub's drivers mark stops.
    { matcher: "/admin/route-runs", methods: ["GET"], middlewares: [validateQuery(RouteRuns.RouteRunsQuery)] },
    { matcher: "/admin/route-runs/plan", methods: ["POST"], middlewares: [validateBody(RouteRuns.PlanRouteRuns)] },
    { matcher: "/admin/route-runs/savings", methods: ["GET"], middlewares: [validateQuery(RouteRuns.SavingsQuery)] },
    { matcher: "/admin/route-runs/:id", methods: ["GET"], middlewares: [RouteRuns.unlessSavings(validateParams(RouteRuns.RouteRunParams))] },
    { matcher: "/admin/route-runs/:id/manifest.csv", methods: ["GET"], middlewares: [validateParams(RouteRuns.RouteRunParams), validateQuery(NoBody)] },
    { matcher: "/admin/route-runs/:id/manifest.pdf", methods: ["GET"], middlewares: [validateParams(RouteRuns.RouteRunParams), validateQuery(NoBody)] },
    { matcher: "/stations/me/route-runs", methods: ["GET"], middlewares: [validateQuery(RouteRuns.DriverRunsQuery)] },
    { matcher: "/stations/me/route-runs/:id/stops/:stop_id/done", methods: ["POST"], middlewares: [validateParams(RouteRuns.StopParams), validateBody(NoBody)] },
    { matcher: "/vendors/me/route-runs", methods: ["GET"], middlewares: [validateQuery(NoBody)] },
    { matcher: "/admin/stations/activity", methods: ["GET"], middlewares: [validateQuery(NoBody)] },
    // 代购 (README, "Village stations"): a station's orders for villagers.
    { matcher: "/stations/me/assisted-orders", methods: ["GET"], middlewares: [validateQuery(AssistedOrdersQuery)] },
    { matcher: "/stations/me/assisted-orders", methods: ["POST"], middlewares: [validateBody(PlaceAssistedOrderBody)] },
    { matcher: "/stations/me/assisted-orders/:id", methods: ["GET"], middlewares: [validateParams(AssistedOrderParams)] },
    { matcher: "/admin/stations/:id/assisted-orders", methods: ["GET"], middlewares: [validateQuery(AssistedOrdersQuery)] },
    // 代销 intakes (README, "Village stations"): only stations that sell for villagers; sellers read theirs.
    { matcher: "/stations/me/intake*", middlewares: [sellsForVillagers] },
    { matcher: "/stations/me/intake-sellers", methods: ["GET"], middlewares: [validateQuery(NoBody)] },
    { matcher: "/stations/me/intake-sellers/:id", methods: ["GET"], middlewares: [validateParams(IntakeSellerParams), validateQuery(NoBody)] },
    { matcher: "/stations/me/intakes", methods: ["GET"], middlewares: [validateQuery(ListIntakesQuery)] },
    { matcher: "/stations/me/intakes", methods: ["POST"], middlewares: [validateBody(CreateIntake)] },
    { matcher: "/stations/me/intakes/:id", methods: ["GET"], middlewares: [validateParams(IntakeParams), validateQuery(NoBody)] },
    { matcher: "/stations/me/intakes/:id/receipt.pdf", methods: ["GET"], middlewares: [validateParams(IntakeParams), validateQuery(NoBody)] },
    { matcher: "/vendors/me/intakes", methods: ["GET"], middlewares: [validateQuery(NoBody)] },
    // Search synonyms (README, "Catalogue search"): the association's groups of words buyers use for the same thing.
    { matcher: "/admin/search-synonyms", methods: ["POST"], middlewares: [validateBody(synonymGroupInputSchema)] },
    { matcher: "/admin/search-synonyms/:id", methods: ["DELETE"], middlewares: [validateParams(SynonymGroupParams)] },
    { matcher: "/admin/catalogue/reindex", methods: ["POST"], middlewares: [validateBody(NoBody)] },
    // Impact (README, "Household incomes and impact"): the association's dashboard and its exports; the public figures.
    { matcher: "/admin/impact", methods: ["GET"], middlewares: [validateQuery(ImpactQuery)] },
    { matcher: "/admin/impact/report.csv", methods: ["GET"], middlewares: [validateQuery(ImpactQuery)] },
    { matcher: "/admin/impact/report.pdf", methods: ["GET"], middlewares: [validateQuery(ImpactQuery)] },
    { matcher: "/admin/impact/refresh", methods: ["POST"], middlewares: [validateBody(ImpactRefreshBody)] },
    { matcher: "/store/impact", methods: ["GET"], middlewares: [validateQuery(PublicImpactQuery)] },
  ],
})
