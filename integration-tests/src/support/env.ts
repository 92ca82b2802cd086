// The machine's own PostgreSQL (trust auth) unless the caller says otherwise.
// "localhost" also keeps the test runner from asking the server for SSL.
process.env.DB_HOST ??= "localhost"
process.env.DB_USERNAME ??= "postgres"
process.env.DB_PORT ??= "5432"
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.LOG_LEVEL ??= "warn"
process.env.PERSONAL_DATA_KEY ??= "integration-tests-personal-data-key"
// Real random token secrets, as `npm start` makes them; the backend refuses known defaults in production mode.
process.env.JWT_SECRET ??= require("node:crypto").randomBytes(32).toString("hex")
process.env.COOKIE_SECRET ??= require("node:crypto").randomBytes(32).toString("hex")
process.env.DISABLE_MEDUSA_ADMIN = "true"
// Every suite's requests come from this one address, hundreds of them failing on purpose; security/logins.suite.ts
// proves the per-address limit with its own setting (attacks.spec.ts).
process.env.LOGIN_LIMIT_PER_ADDRESS ??= "100000"
// The backend's own search engine is chosen per suite.
delete process.env.MEILISEARCH_HOST
delete process.env.MEILISEARCH_API_KEY
// Events, workflows and cache stay in-process (suites await their subscribers there), but locks are taken on Redis
// as in production: the in-memory provider's fixed 5 s wait ran out for six buyers racing on a busy CI machine.
process.env.LOCKING_REDIS_URL ??= process.env.REDIS_URL || "redis://127.0.0.1:6379"
process.env.LOCKING_NAMESPACE ??= `medusa_lock:jest-${process.pid}:`
delete process.env.REDIS_URL
// Without a Stripe key the store offers only "pay at the station"; stripe.spec.ts turns Stripe on against its emulator.
delete process.env.STRIPE_API_KEY
delete process.env.STRIPE_WEBHOOK_SECRET
delete process.env.STRIPE_API_BASE
// medusa-config.ts resolves its local modules from the working directory, as `medusa` commands do.
process.chdir(require("node:path").resolve(__dirname, "../../../backend"))
