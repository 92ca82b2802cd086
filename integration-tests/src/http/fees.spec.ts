// The suites that need a platform fee when the backend boots, on one boot (see support/boot.ts): payouts and
// statements, where net must differ from gross.
import validateOptions from "../../../backend/src/modules/settlement/loaders/validate-options"
import { sharedBoot } from "../support/boot"
import payouts from "./payouts.suite"
import statements from "./statements.suite"

// Read by medusa-config.ts when the runner starts the app: a 5 % platform fee.
process.env.PLATFORM_FEE_RATE = "0.05"

sharedBoot({ payouts, statements })

describe("PLATFORM_FEE_RATE", () => {
  // The settlement module's loader runs when the backend starts; a bad rate stops it there.
  const start = (rate: string) => validateOptions({ options: { platform_fee_rate: rate } } as any)

  it("accepts a decimal rate from 0 up to, not including, 1", async () => {
    for (const rate of ["0", "0.05", "0.125", "0.999"]) await expect(start(rate)).resolves.toBeUndefined()
  })

  it("refuses anything else at startup, naming the setting", async () => {
    for (const rate of ["1", "1.5", "-0.05", "5%", "abc", ""]) {
      await expect(start(rate)).rejects.toMatchObject({ message: expect.stringContaining("PLATFORM_FEE_RATE") })
    }
  })
})
