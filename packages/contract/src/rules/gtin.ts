// GS1's GTIN-13 (EAN-13), the barcode of one pack size: 13 digits, the last a mod-10 check digit over the first 12
// weighted 1,3,1,3… from the left. China's GS1 prefixes are 690–699, but imported goods carry others, so only the
// check digit is enforced.
export function gtin13CheckDigit(first12: string): number {
  const sum = [...first12].reduce((total, digit, i) => total + Number(digit) * (i % 2 ? 3 : 1), 0)
  return (10 - (sum % 10)) % 10
}

/** Why a GTIN-13 is not valid, or null when it is. */
export function gtinProblem(value: string): string | null {
  if (!/^\d{13}$/.test(value)) return "must be 13 digits (GTIN-13 / EAN-13)"
  if (gtin13CheckDigit(value.slice(0, 12)) !== Number(value[12])) return "has a wrong check digit"
  return null
}

/** A GTIN-13 as GS1 Digital Link writes it: 14 digits, left-padded with 0. */
export const gtin14 = (gtin13: string) => gtin13.padStart(14, "0")

/** The GTIN-13 a Digital Link's 14 (or 13) digits name, or null when they name none (a real GTIN-14 or a bad check digit). */
export function gtin13From(value: string): string | null {
  const gtin = /^0\d{13}$/.test(value) ? value.slice(1) : value
  return gtinProblem(gtin) ? null : gtin
}

/** The path of a lot's GS1 Digital Link, `/01/<GTIN-14>/10/<lot>`; a brand's domain (or path) goes before it. */
export const digitalLinkPath = (gtin13: string, lot: string) => `/01/${gtin14(gtin13)}/10/${encodeURIComponent(lot)}`
