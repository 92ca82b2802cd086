// The backend answers a refused change with 4xx and a message naming the field first, e.g.
// "Invalid body: tracking_number: must be 6–40 letters, digits or dashes", "price_cny: ¥80.00 per kg is outside …"
// or, for one of a listing's pack sizes, "sizes.1.price_cny: …".

export type FieldError = { field: string | null; detail: string }

/** "sizes.1.price_cny" → "sizes.*.price_cny": the rule a field of any row follows. */
export const fieldPattern = (field: string) => field.replace(/\.\d+(?=\.|$)/g, ".*")

/**
 * The field a backend message names (one of the form's), and the message without its prefix. A row's field keeps
 * its row ("sizes.1.price_cny") when the form has the pattern ("sizes.*.price_cny"); else the first name counts.
 */
export function fieldError(message: string, fields: readonly string[]): FieldError {
  const detail = message.replace(/^Invalid (body|query|path): /, "").trim()
  const path = /^([a-z_]+(?:\.[a-z_0-9]+)*): /.exec(detail)?.[1]
  if (!path) return { field: null, detail }
  if (fields.includes(path) || fields.includes(fieldPattern(path))) return { field: path, detail }
  const first = path.split(".")[0]
  return { field: fields.includes(first) ? first : null, detail }
}
