// The backend answers a refused change with 4xx and a message naming the field first, e.g.
// "Invalid body: tracking_number: must be 6–40 letters, digits or dashes" or "price_cny: ¥80.00 per kg is outside …".

export type FieldError = { field: string | null; detail: string }

/** The field a backend message names (one of the form's), and the message without its prefix. */
export function fieldError(message: string, fields: readonly string[]): FieldError {
  const detail = message.replace(/^Invalid (body|query|path): /, "").trim()
  const named = /^([a-z_]+)(?:\.[a-z_0-9]+)*: /.exec(detail)?.[1]
  return { field: named && fields.includes(named) ? named : null, detail }
}
