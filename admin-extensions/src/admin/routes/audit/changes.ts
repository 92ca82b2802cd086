// An audit entry's change in a few lines; the whole before and after values stay one click away.

type Values = Record<string, any> | null

const HIDDEN = new Set(["id", "created_at", "updated_at", "grades"])

const short = (v: unknown) => {
  if (v === null || v === undefined) return "—"
  if (typeof v !== "object") return String(v)
  const text = JSON.stringify(v)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** What changed in a standard's grades: price bands and criterion limits, grade by grade. */
function gradeChanges(before: any[] = [], after: any[] = []) {
  const lines: string[] = []
  for (const g of after) {
    const old = before.find((b) => b.code === g.code)
    const name = `${g.name} ${g.name_en}`
    if (!old) {
      lines.push(`新增等级 Added grade: ${name}`)
      continue
    }
    if (old.price_min !== g.price_min || old.price_max !== g.price_max) {
      lines.push(`${name} 价格带 band: ¥${old.price_min}–¥${old.price_max} → ¥${g.price_min}–¥${g.price_max}`)
    }
    for (const c of g.criteria ?? []) {
      const was = (old.criteria ?? []).find((o: any) => o.attribute === c.attribute)
      if (!was) lines.push(`${name} 新增指标 added: ${c.text ?? c.attribute}`)
      else if (was.min !== c.min || was.max !== c.max) lines.push(`${name} ${c.label}: ${was.text ?? short(was)} → ${c.text ?? short(c)}`)
    }
  }
  for (const b of before) if (!after.some((g) => g.code === b.code)) lines.push(`删除等级 Removed grade: ${b.name} ${b.name_en}`)
  return lines
}

/** "status: pending → active", each value cut short; for standards, the grades' bands and limits that changed. */
export function changes(before: Values, after: Values) {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN.has(k))
  const lines = keys
    .filter((k) => !same(before?.[k], after?.[k]))
    .map((k) => (before ? `${k}: ${short(before[k])} → ${short(after?.[k])}` : `${k}: ${short(after?.[k])}`))
  return Array.isArray(after?.grades) ? [...lines, ...gradeChanges(before?.grades, after!.grades)] : lines
}
