// CSV as Excel opens it: a UTF-8 byte-order mark (so Chinese reads right), CRLF lines, quoted where needed.

/**
 * One cell. Text starting with =, +, -, @, tab or CR is prefixed with ' so a spreadsheet never runs it as a formula;
 * numbers (text = false) are written as they are.
 */
export function csvCell(value: unknown, text = true) {
  let s = value == null ? "" : String(value)
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The file's text from rows of cells already written with csvCell. */
export const csvText = (lines: string[][]) => "\uFEFF" + lines.map((line) => line.join(",")).join("\r\n") + "\r\n"
