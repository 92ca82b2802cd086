import { parsePartnerScan, partnerScanValue } from "./partner-scan"

describe("the partner cookie", () => {
  it("reads back the code and scan it was written with", () => {
    expect(parsePartnerScan(partnerScanValue("ttz-yunjian", "pscan_01JABC"))).toEqual({ code: "ttz-yunjian", scanId: "pscan_01JABC" })
  })

  it("ignores a value that is not a code and a scan id", () => {
    for (const value of [undefined, "", "tiantangzhai", ":pscan_01", "tiantangzhai:", "Tian:pscan_01", "tiantangzhai:scan_01", "a:pscan_01:x"]) {
      expect(parsePartnerScan(value)).toBeNull()
    }
  })
})
