import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { tokenSecret } from "./src/config/secrets"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const meilisearchHost = process.env.MEILISEARCH_HOST

// Medusa reserves a product's stock under a lock that its step takes without a timeout of its own, so the provider's
// wait applies: 5 s by default, after which a buyer of a product in demand is refused 409 while units are left (200
// completions on 50 units placed 19 orders, bench/CHECKOUT.md). A minute keeps them queued within a request's 120 s.
const LOCK_WAIT = { waitLockingTimeout: 60 }
// Medusa's in-memory provider always waits 5 s, whatever its options, so locks go to Redis wherever there is one.
// LOCKING_REDIS_URL gives locking a Redis alone, for a process whose events stay in-process (the HTTP suites, each
// process in a LOCKING_NAMESPACE of its own: their databases differ, their keys such as a rebuild's need not).
const lockingRedisUrl = redisUrl || process.env.LOCKING_REDIS_URL
const lockingNamespace = process.env.LOCKING_NAMESPACE || undefined

// Each infrastructure module uses Redis when REDIS_URL is set, Medusa's in-memory default otherwise.
const redisModules = redisUrl
  ? [
      // One event at a time (BullMQ's default): with 8 at once, two events of one product could finish out of order
      // and leave its search document stale (a stock event's older read written after a title edit's newer one).
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { key: Modules.WORKFLOW_ENGINE, resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    ]
  : []
const lockingModules = lockingRedisUrl
  ? [
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        // The Redis provider is constructed with the module's options, not its own (Medusa 2.21), so the wait is
        // given here; its own options carry the Redis address its loader reads.
        options: {
          ...LOCK_WAIT,
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: lockingRedisUrl, namespace: lockingNamespace },
            },
          ],
        },
      },
    ]
  : []

// The product index lives in Meilisearch when it is configured, in Postgres otherwise.
const searchProviders = meilisearchHost
  ? [
      {
        resolve: "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch",
        id: "meilisearch",
        options: {
          // The plugin waits on index creation with the client's default of 5 s, which a busy Meilisearch (still
          // indexing a bulk load's documents) can miss; its own tasks get two minutes, as these do.
          config: { host: meilisearchHost, apiKey: process.env.MEILISEARCH_API_KEY, defaultWaitOptions: { timeout: 120_000 } },
          task_polling_interval_ms: 50,
        },
      },
    ]
  : [{ resolve: "@medusajs/medusa/search-postgres", id: "search-postgres" }]

// Stripe (cards; Alipay and WeChat Pay for CNY) only when a key is configured, captured when the buyer pays;
// "pay at the station" (pp_system_default) is always there. STRIPE_API_BASE points the client at a Stripe
// API emulator and is for tests only.
const stripeApiKey = process.env.STRIPE_API_KEY
const paymentModules = stripeApiKey
  ? [
      {
        key: Modules.PAYMENT,
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            {
              resolve: "./src/modules/stripe",
              id: "stripe",
              options: {
                apiKey: stripeApiKey,
                webhookSecret: process.env.STRIPE_WEBHOOK_SECRET || undefined,
                capture: true,
                apiBase: process.env.STRIPE_API_BASE || undefined,
              },
            },
          ],
        },
      },
    ]
  : []

// Files (product photos' renditions) go to an S3-compatible bucket when S3_BUCKET is set (MinIO in docker-compose),
// to the backend's own static/ folder otherwise. S3_FILE_URL is where buyers' browsers fetch them.
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const s3Endpoint = process.env.S3_ENDPOINT || undefined
const fileProvider = process.env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        file_url: process.env.S3_FILE_URL,
        access_key_id: process.env.S3_ACCESS_KEY_ID,
        secret_access_key: process.env.S3_SECRET_ACCESS_KEY,
        region: process.env.S3_REGION || "us-east-1",
        bucket: process.env.S3_BUCKET,
        endpoint: s3Endpoint,
        // MinIO and most S3-compatible stores address buckets by path, not by host name.
        additional_client_config: { forcePathStyle: !!s3Endpoint },
      },
    }
  : { resolve: "@medusajs/medusa/file-local", id: "local", options: { backend_url: `${backendUrl}/static` } }

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      // Never a known default: a weak or missing secret stops a production start (src/config/secrets.ts).
      jwtSecret: tokenSecret("JWT_SECRET"),
      cookieSecret: tokenSecret("COOKIE_SECRET"),
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  },
  plugins: [
    { resolve: "@luotian/admin-extensions", options: {} },
    ...(meilisearchHost ? [{ resolve: "@rokmohar/medusa-plugin-meilisearch", options: {} }] : []),
  ],
  modules: [
    { resolve: "./src/modules/seller" },
    // A purchase and the seller orders it is split into (links to Medusa's orders).
    { resolve: "./src/modules/purchase" },
    // What sends an approved listing back to review: "grade,price_band" unless set (see the module's service).
    { resolve: "./src/modules/listing", options: { rereview_on: process.env.LISTING_REREVIEW_ON || undefined } },
    // The platform's fee on each seller order, a decimal 0 ≤ rate < 1 (checked at startup); none by default.
    { resolve: "./src/modules/settlement", options: { platform_fee_rate: process.env.PLATFORM_FEE_RATE || "0" } },
    // The association's versioned grade standards and inspections; every decision of the association in the audit log.
    { resolve: "./src/modules/grading" },
    { resolve: "./src/modules/audit" },
    // Scenic spots, guesthouses and venues whose QR codes bring purchases (tourism), their shelves and scans.
    { resolve: "./src/modules/partner" },
    // Lots of a listing's product line: origin, households' shares, the inspection that grades them, receipts into stock.
    { resolve: "./src/modules/lot" },
    // The county–town–village network of service stations: operators, parcels for pickup, cash books.
    { resolve: "./src/modules/station" },
    // Member households' income: entries from lot sales and contract purchases, payout rules, monthly close.
    { resolve: "./src/modules/ledger" },
    // The county's impact: monthly rollups of sales, household incomes and station trade for the dashboards.
    { resolve: "./src/modules/impact" },
    // The association's search synonyms (栗子 / 板栗 / chestnut), applied to Meilisearch and the Postgres fallback.
    { resolve: "./src/modules/synonym" },
    // Sellers' bulk imports of listings from CSV and Excel: the job, its rows and its progress.
    { resolve: "./src/modules/listing-import" },
    // Notifications are kept by Medusa's notification module; the inbox provider delivers them to the buyer's account
    // page only (Medusa's local provider would write their data, pickup codes included, to the log).
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: { providers: [{ resolve: "./src/modules/inbox", id: "inbox", options: { channels: ["feed"] } }] },
    },
    {
      key: Modules.SEARCH,
      resolve: "@medusajs/medusa/search",
      options: { providers: searchProviders, reindex: { batch_size: 1000 } },
    },
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: { providers: [fileProvider] },
    },
    ...paymentModules,
    ...redisModules,
    ...lockingModules,
  ],
})
