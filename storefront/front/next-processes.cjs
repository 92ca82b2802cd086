// The Next processes behind the front (server.cjs): `next start` on free loopback ports, one per core.
const { spawn } = require("node:child_process")
const net = require("node:net")
const os = require("node:os")
const path = require("node:path")

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address()
      probe.close(() => resolve(free))
    })
    probe.on("error", reject)
  })
}

async function waitForPort(upstreamPort, child) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`)
    const open = await new Promise((resolve) => {
      const socket = net.connect(upstreamPort, "localhost", () => (socket.end(), resolve(true)))
      socket.on("error", () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** One Next process per core, up to four (Node renders on one core per process); FRONT_NEXT_PROCESSES overrides it. */
function processCount(env = process.env) {
  if (!env.FRONT_NEXT_PROCESSES) return Math.min(os.availableParallelism(), 4)
  const count = Number(env.FRONT_NEXT_PROCESSES)
  if (!Number.isInteger(count) || count < 1 || count > 64) throw new Error(`FRONT_NEXT_PROCESSES must be a whole number from 1 to 64, not ${env.FRONT_NEXT_PROCESSES}`)
  return count
}

/** Starts `count` `next start` processes on free loopback ports: the children, their ports, and `ready()` once all listen. */
async function startNexts(count) {
  const ports = new Set()
  while (ports.size < count) ports.add(await freePort())
  const bin = path.join(__dirname, "..", "node_modules", ".bin", "next")
  // "localhost", not 127.0.0.1: Next answers a middleware rewrite with a redirect to itself when the host it was
  // started on is not the one it builds request URLs with.
  // More than one: each keeps its cache in memory, none reading what another is writing (next.config.mjs).
  const env = count > 1 ? { ...process.env, NEXT_CACHE_IN_MEMORY: "1" } : process.env
  const children = [...ports].map((nextPort) => spawn(bin, ["start", "-H", "localhost", "-p", String(nextPort)], { cwd: path.join(__dirname, ".."), stdio: "inherit", env }))
  return { children, ports: [...ports], ready: () => Promise.all([...ports].map((nextPort, i) => waitForPort(nextPort, children[i]))) }
}

module.exports = { processCount, startNexts }
