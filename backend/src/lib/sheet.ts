import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"

// Spreadsheets in and out: CSV (UTF-8, as Excel writes it with or without a byte-order mark) and .xlsx (first sheet).
// Every cell is read as text; the caller's schema decides what a number is.

export type SheetFormat = "csv" | "xlsx"
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/** What a file is, from its first bytes (a zip for .xlsx) and its name; undefined for anything else. */
export function sheetFormat(name: string, bytes: Buffer): SheetFormat | undefined {
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  if (/\.xlsx$/i.test(name)) return zip ? "xlsx" : undefined
  if (/\.csv$/i.test(name) && !zip) return "csv"
  return undefined
}

/** The rows of a file, each a list of cells as text. Throws on a file that is not what it claims to be. */
export async function readSheet(format: SheetFormat, bytes: Buffer): Promise<string[][]> {
  if (format === "csv") {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "")
    return parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][]
  }
  if (unzippedSize(bytes) > MAX_UNZIPPED) throw new Error(`it unpacks to more than ${MAX_UNZIPPED / 1024 / 1024} MB`)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as any)
  const sheet = book.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1).value))
  })
  return Array.from(rows, (row) => row ?? [])
}

// An .xlsx is a zip: 5 MB of it may unpack to gigabytes. 10,000 rows of this sheet unpack to a few MB.
const MAX_UNZIPPED = 64 * 1024 * 1024

/** The unpacked size a zip's central directory declares (what exceljs would inflate); Infinity if it has none. */
function unzippedSize(bytes: Buffer) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0 || end + 22 > bytes.length) return Infinity
  let at = bytes.readUInt32LE(end + 16)
  let total = 0
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return Infinity
    total += bytes.readUInt32LE(at + 24)
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
  }
  return total
}

/** A cell's value as the text a person sees typed in it (a formula's result, rich text joined). */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return ""
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ""
  if (typeof value === "string" || typeof value === "boolean") return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ("richText" in value) return value.richText.map((part) => part.text).join("")
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue)
  if ("text" in value) return String(value.text)
  return ""
}

/** A sheet of rows as an .xlsx file: the header row bold and frozen, numbers as numbers. */
export async function xlsxFile(name: string, rows: (string | number | undefined)[][]) {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] })
  for (const row of rows) sheet.addRow(row)
  sheet.getRow(1).font = { bold: true }
  return Buffer.from(await book.xlsx.writeBuffer())
}
