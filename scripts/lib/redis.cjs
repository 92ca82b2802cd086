// A Redis of one's own (the machine's redis-server binary) on a loopback port, nothing kept on disk: for the
// benchmark's production-mode store, which must not share the machine's Redis.
const { run, stop } = require("./processes.cjs")

async function startRedis({ port }) {
  const child = run("redis", "redis-server", ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no"], { quiet: true })
  const deadline = Date.now() + 20_000
  const net = require("node:net")
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`)
    const up = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)))
      socket.on("error", () => resolve(false))
    })
    if (up) break
    if (Date.now() > deadline) throw new Error("redis-server did not start")
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => stop(child) }
}

module.exports = { startRedis }
