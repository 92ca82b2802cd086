import validateOptions from "./validate-options"

// The settlement module's loader runs when the backend starts; a bad PLATFORM_FEE_RATE stops it there.
describe("PLATFORM_FEE_RATE", () => {
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
