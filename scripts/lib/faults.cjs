// What the production suite and the benchmark put the shape through: a Redis of their own, which they restart, and
// a TCP proxy in front of Postgres, which they cut and restore. Nothing here touches a shared Redis or Postgres.
const { spawn } = require("node:child_process")
const net = require("node:net")

/** A Redis on `port` without persistence (a restart starts it empty: the harshest case). */
async function startRedis(port) {
  let child
  const start = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" })
    await waitForPort(port)
  }
  const stop = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode) return resolve()
      child.once("exit", () => resolve())
      child.kill("SIGKILL")
    })
  await start()
  return { url: `redis://127.0.0.1:${port}`, port, start, stop, restart: async () => (await stop(), await start()) }
}

async function waitForPort(port, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.destroy(), resolve(true)))
      socket.on("error", () => resolve(false))
    })
    if (open) return
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * A TCP proxy on `port` to `target` ({ host, port }). `cut()` drops every open connection and refuses new ones, as a
 * lost network or a database restart does; `restore()` lets connections through again.
 */
async function startTcpProxy(port, target) {
  const sockets = new Set()
  let cut = false
  const server = net.createServer((client) => {
    if (cut) return void client.destroy()
    const upstream = net.connect(target.port, target.host)
    for (const [a, b] of [[client, upstream], [upstream, client]]) {
      sockets.add(a)
      a.on("error", () => b.destroy())
      a.on("close", () => (sockets.delete(a), b.destroy()))
      a.pipe(b)
    }
  })
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    port,
    cut: () => {
      cut = true
      for (const socket of sockets) socket.destroy()
    },
    restore: () => void (cut = false),
    stop: () => new Promise((resolve) => (sockets.forEach((s) => s.destroy()), server.close(() => resolve()))),
  }
}

module.exports = { startRedis, startTcpProxy, waitForPort }
