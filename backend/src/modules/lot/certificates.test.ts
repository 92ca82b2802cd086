import { certificateNumber, currentCertificate, supersessionProblem } from "./certificates"

const first = { id: "c1", supersedes_id: null, number: "SL-1" }
const second = { id: "c2", supersedes_id: "c1", number: "SL-2" }

describe("certificates", () => {
  it("keeps in force the one no other supersedes", () => {
    expect(currentCertificate([])).toBeUndefined()
    expect(currentCertificate([first])).toBe(first)
    expect(currentCertificate([second, first])).toBe(second)
  })

  it("issues a lot's first plainly and every later one only as a correction of the one in force", () => {
    expect(supersessionProblem([])).toBeNull()
    expect(supersessionProblem([], "c1")).toMatch(/^supersedes: the lot has no certificate/)
    expect(supersessionProblem([first])).toMatch(/^supersedes: certificate SL-1 is in force/)
    expect(supersessionProblem([first], "c1")).toBeNull()
    expect(supersessionProblem([first, second], "c1")).toMatch(/^supersedes: certificate SL-1 is already corrected; correct SL-2/)
    expect(supersessionProblem([first, second], "c9")).toMatch(/^supersedes: not a certificate of this lot/)
    expect(supersessionProblem([first, second], "c2")).toBeNull()
  })

  it("numbers a lot's certificates from 1", () => {
    expect(certificateNumber("SL-2026-0412-03", 0)).toBe("SL-2026-0412-03-1")
    expect(certificateNumber("SL-2026-0412-03", 2)).toBe("SL-2026-0412-03-3")
  })
})
