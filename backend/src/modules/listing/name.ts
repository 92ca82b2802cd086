// The platform composes every listing's name from the association's unified product name and the grade, in both
// languages; each pack size is a variant named by its weight. Sellers write descriptions and stories, never the brand name.
type Label = { zh: string; en: string }

export function sizeLabel(grams: number) {
  const kg = grams >= 1000
  const value = kg ? String(grams / 1000) : String(grams)
  return { zh: `${value}${kg ? "kg" : "g"}`, en: `${value} ${kg ? "kg" : "g"}` }
}

export function composeListingName(name: Label, grade: Label) {
  return { title: `${name.zh} · ${grade.zh}`, title_en: `${name.en} · ${grade.en}` }
}
