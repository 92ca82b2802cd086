import { readSheet, sheetFormat, xlsxFile } from "./sheet"

describe("sheets", () => {
  it("reads back an .xlsx it wrote, every cell as text", async () => {
    const file = await xlsxFile("listings", [["商品编码 listing", "价格(元) price_cny"], ["lot-1", 76.5]])
    expect(sheetFormat("a.xlsx", file)).toBe("xlsx")
    expect(await readSheet("xlsx", file)).toEqual([["商品编码 listing", "价格(元) price_cny"], ["lot-1", "76.5"]])
  })

  it("reads UTF-8 CSV with Excel's byte-order mark and refuses what is not UTF-8", async () => {
    const csv = Buffer.from("\uFEFFlisting,name\r\nlot-1,\"板栗, 鲜\"\r\n")
    expect(await readSheet("csv", csv)).toEqual([["listing", "name"], ["lot-1", "板栗, 鲜"]])
    await expect(readSheet("csv", Buffer.from([0xff, 0xfe, 0x41]))).rejects.toThrow()
  })

  it("knows a file by its bytes as well as its name", () => {
    expect(sheetFormat("a.xlsx", Buffer.from("a,b"))).toBeUndefined()
    expect(sheetFormat("a.txt", Buffer.from("a,b"))).toBeUndefined()
    expect(sheetFormat("a.CSV", Buffer.from("a,b"))).toBe("csv")
  })

  it("refuses an .xlsx that would unpack to more than 64 MB (a zip bomb) before unpacking it", async () => {
    const file = await xlsxFile("listings", [["a"]])
    const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    file.writeUInt32LE(200 * 1024 * 1024, file.readUInt32LE(end + 16) + 24)
    await expect(readSheet("xlsx", file)).rejects.toThrow(/unpacks to more than 64 MB/)
  })
})
