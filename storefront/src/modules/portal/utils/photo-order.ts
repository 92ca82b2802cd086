/** The ids with the one at `from` moved to `to` (both clamped into the list); the same list when nothing moves. */
export function moveTo(ids: string[], from: number, to: number) {
  const target = Math.max(0, Math.min(ids.length - 1, to))
  if (from < 0 || from >= ids.length || from === target) return ids
  const next = [...ids]
  const [moved] = next.splice(from, 1)
  next.splice(target, 0, moved)
  return next
}
