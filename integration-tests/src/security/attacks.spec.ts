// The attacker's-eye suites on one backend boot; each starts from the freshly seeded store (see support/boot.ts).
import { sharedBoot } from "../support/boot"
import input from "./input.suite"
import logins from "./logins.suite"
import money from "./money.suite"
import purchases from "./purchases.suite"
import tokens from "./tokens.suite"

// Short windows so that logins.suite.ts sees them pass (long enough that the 50 guesses fit in one on a busy
// machine); the backend reads them on its first guarded request (support/env.ts raises the per-address limit for
// the other specs).
process.env.LOGIN_LIMIT_WINDOW_SECONDS = "15"
process.env.LOGIN_LIMIT_PER_ACCOUNT = "10"
process.env.LOGIN_LIMIT_PER_ADDRESS = "60"

sharedBoot({ input, logins, money, purchases, tokens })
