// Reads V8 CPU profiles (`node --cpu-prof`) and sums their samples' self time by package and by function, counting
// only samples inside the given windows. V8 stamps samples with the monotonic clock in µs, the clock of
// `process.hrtime`, so a window marked by another process on the same machine selects the same moments.
const fs = require("node:fs")

const nowUs = () => Number(process.hrtime.bigint() / 1000n)

/** The package a frame's script belongs to: the scoped npm package, Node itself, V8's own entries, or the store. */
function packageOf({ url, functionName }) {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)"
  if (url.startsWith("node:")) return "node"
  const match = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)
  if (match) return match[match.length - 1].replace("node_modules/", "")
  return url.includes("/.medusa/server/") || url.includes("/backend/") ? "the store's own code" : url
}

/** Self time in ms by package and by function, over the samples of `files` that fall inside `windows` ([from, to] µs). */
function summarize(files, windows) {
  const byPackage = new Map()
  const byFunction = new Map()
  let total = 0
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(file, "utf8"))
    const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]))
    let at = profile.startTime
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i] ?? 0
      at += delta
      if (!windows.some(([from, to]) => at >= from && at <= to)) return
      const frame = nodes.get(id)
      if (frame.functionName === "(idle)") return
      const ms = delta / 1000
      const pkg = packageOf(frame)
      const where = frame.url ? `${frame.url.replace(/^.*node_modules\//, "").replace(/^.*\.medusa\/server\//, "")}:${frame.lineNumber + 1}` : ""
      const name = `${frame.functionName || "(anonymous)"}|${pkg}|${where}`
      total += ms
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms)
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms)
    })
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)
  return {
    totalMs: Math.round(total),
    packages: top(byPackage, 15).map(([name, ms]) => ({ name, ms: Math.round(ms) })),
    functions: top(byFunction, 25).map(([key, ms]) => {
      const [name, pkg, where] = key.split("|")
      return { name, package: pkg, where, ms: Math.round(ms) }
    }),
  }
}

module.exports = { nowUs, summarize }
