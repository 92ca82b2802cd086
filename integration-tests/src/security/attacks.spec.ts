// The attacker's-eye suites on one backend boot; each starts from the freshly seeded store (see support/boot.ts).
import { sharedBoot } from "../support/boot"
import input from "./input.suite"
import money from "./money.suite"
import purchases from "./purchases.suite"
import tokens from "./tokens.suite"

sharedBoot({ input, money, purchases, tokens })
