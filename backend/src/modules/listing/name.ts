// The platform composes every listing's name from the association's unified product name, the grade and the
// size, in both languages; sellers write descriptions and stories, never the brand name.
type Label = { zh: string; en: string }

export function sizeLabel(grams: number) {
  const kg = grams >= 1000
  const value = kg ? String(grams / 1000) : String(grams)
  return { zh: `${value}${kg ? "kg" : "g"}`, en: `${value} ${kg ? "kg" : "g"}` }
}

export function composeListingName(name: Label, grade: Label, grams: number) {
  const size = sizeLabel(grams)
  return { title: `${name.zh} · ${grade.zh} · ${size.zh}`, title_en: `${name.en} · ${grade.en} · ${size.en}` }
}
