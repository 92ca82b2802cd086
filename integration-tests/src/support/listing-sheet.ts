// Sheets of listings as a seller would fill them in, with a known set of bad rows, for the import's suites.

export const HEADER = ["商品编码 listing", "类目 category", "统一品名 name", "等级 grade", "净重(克) net_weight_g", "价格(元) price_cny", "库存 stock", "条码 gtin", "描述 description", "英文描述 description_en"]
const NAMES = ["fresh-chestnut", "chestnut-kernels", "old-tree-chestnut", "roasted-chestnut", "chestnut-snack"]
// A price per kg inside each chestnut grade's band (特级 30–100, 一级 20–60, 二级 12–30).
const PER_KG: Record<string, number> = { special: 50, first: 40, second: 20 }
const GRADES = Object.keys(PER_KG)
const WEIGHTS = [500, 1000, 2000, 5000]

type Bad = { cell: number; value: (row: string[]) => string; field: string; rule: string; also?: [number, (row: string[]) => string] }
// One of each kind of mistake a seller makes, and the field and rule the import must name for it.
const MISTAKES: Bad[] = [
  { cell: 5, value: (row) => String(Number(row[4]) * 0.5), field: "price_cny", rule: "price_band" },
  { cell: 7, value: () => "6901234567891", field: "gtin", rule: "gtin" },
  { cell: 6, value: () => "-1", field: "stock", rule: "range" },
  { cell: 6, value: () => "2.5", field: "stock", rule: "integer" },
  { cell: 3, value: () => "gold", field: "grade", rule: "grade" },
  { cell: 2, value: () => "durian", field: "name", rule: "name" },
  { cell: 8, value: () => "好\u0000栗", field: "description", rule: "control_chars" },
  { cell: 4, value: () => "1" + "0".repeat(30), field: "net_weight_g", rule: "range" },
  { cell: 5, value: () => "12.345", field: "price_cny", rule: "decimals" },
  // The listing's first size again (its weight, a price in the band): only the repeat is wrong.
  { cell: 4, value: () => String(WEIGHTS[0]), field: "net_weight_g", rule: "duplicate_size", also: [5, (row) => String(Number(row[5]) / 2)] },
]

/** The i-th row (from 0): listings of four sizes each, so rows 4k … 4k+3 are one listing's sizes. */
function goodRow(i: number, prefix: string) {
  const n = Math.floor(i / 4)
  const grams = WEIGHTS[i % 4]
  const grade = GRADES[n % GRADES.length]
  const price = (PER_KG[grade] * grams) / 1000
  return [`${prefix}-${String(n + 1).padStart(4, "0")}`, "chestnut", NAMES[n % NAMES.length], grade, String(grams), String(price), String(i % 50), "", "罗田板栗", "Luotian chestnuts"]
}

/**
 * `rows` data rows of which `bad` are wrong, spread evenly (each the second size of its listing, so the first size of
 * every listing stays good); returns the cells and the errors the import must report, by sheet row (header = 1).
 */
export function listingSheet(rows: number, bad: number, prefix = "lot") {
  const every = Math.floor(rows / bad)
  if (every % 4) throw new Error("listingSheet: rows / bad must be a multiple of 4")
  const cells = Array.from({ length: rows }, (_, i) => goodRow(i, prefix))
  const errors = Array.from({ length: bad }, (_, k) => {
    const i = k * every + 1
    const mistake = MISTAKES[k % MISTAKES.length]
    const row = [...cells[i]]
    cells[i][mistake.cell] = mistake.value(row)
    if (mistake.also) cells[i][mistake.also[0]] = mistake.also[1](row)
    return { row: i + 2, field: mistake.field, rule: mistake.rule }
  })
  return { cells: [HEADER, ...cells], errors }
}

/** Cells as CSV text (quoted where needed), with Excel's byte-order mark. */
export const csvOf = (cells: string[][]) =>
  "\uFEFF" + cells.map((row) => row.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n") + "\r\n"
