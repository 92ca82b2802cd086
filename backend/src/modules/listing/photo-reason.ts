// A rejection for photos, in the words the seller reads in both languages: which photos (by their place, as the
// seller sees them in the portal) and the association's own words, if any.
export function photoRejection(positions: number[], reason?: string) {
  const list = positions.join("、")
  const listEn = positions.join(", ")
  const base = `照片不符合要求：第 ${list} 张 / Photos do not meet the association's rules: no. ${listEn}`
  return reason ? `${base}. ${reason}` : base
}
