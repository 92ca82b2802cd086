// Whether a lot's packages may carry a geographical-indication mark. A GI mark may be shown only on products from the
// registered area that meet the GI's standard, and the association decides which: it keeps each GI on its category
// (the category's `metadata.geographical_indications`, beside its unified names, editable in the admin) as the
// unified product names it covers, the towns of its registered area and the grades of the association's standard that
// meet the GI's. A label carries the mark when the listing's name is covered, the lot comes from one of those towns and
// the listing's grade is one of those grades; anything missing or malformed means no mark.

export type GeographicalIndication = { name: string; name_en: string; names: string[]; towns: string[]; grades: string[] }
type Line = { name_code: string | null | undefined; town: string; grade_code: string | null | undefined }

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string")

function indication(value: any): GeographicalIndication | null {
  const { name, name_en, names, towns, grades } = value ?? {}
  if (typeof name !== "string" || typeof name_en !== "string" || !strings(names) || !strings(towns) || !strings(grades)) return null
  return { name, name_en, names, towns, grades }
}

/** The GI whose mark a lot of this line may carry, or null. */
export function giFor(categoryMetadata: Record<string, unknown> | null | undefined, line: Line): GeographicalIndication | null {
  const listed = categoryMetadata?.geographical_indications
  const indications = (Array.isArray(listed) ? listed : []).map(indication).filter((gi): gi is GeographicalIndication => gi !== null)
  return (
    indications.find(
      (gi) => !!line.name_code && gi.names.includes(line.name_code) && gi.towns.includes(line.town) && !!line.grade_code && gi.grades.includes(line.grade_code)
    ) ?? null
  )
}
