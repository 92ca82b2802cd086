// The suites that need a platform fee when the backend boots, on one boot (see support/boot.ts): payouts and
// statements, where net must differ from gross.
import { sharedBoot } from "../support/boot"
import payouts from "./payouts.suite"
import statements from "./statements.suite"

// Read by medusa-config.ts when the runner starts the app: a 5 % platform fee.
process.env.PLATFORM_FEE_RATE = "0.05"

sharedBoot({ payouts, statements })
