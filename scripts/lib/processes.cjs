// Child processes of the store and the tests: started with a log prefix, stopped together.
const { spawn } = require("node:child_process")
const net = require("node:net")

const children = new Set()
const GRACE_MS = 10_000

/** `graceMs`: how long `stop` waits after SIGTERM before SIGKILL (10 s unless the child needs longer). */
function run(name, command, args, { graceMs = GRACE_MS, ...options } = {}) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], detached: true, ...options })
  child.graceMs = graceMs
  const prefix = (line) => line && !options.quiet && process.stdout.write(`[${name}] ${line}\n`)
  for (const stream of [child.stdout, child.stderr]) {
    let rest = ""
    stream.on("data", (chunk) => {
      const lines = (rest + chunk).split("\n")
      rest = lines.pop()
      lines.forEach(prefix)
    })
  }
  children.add(child)
  child.on("exit", () => children.delete(child))
  return child
}

/** Runs a command to completion; rejects with its exit code. */
function exec(name, command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = run(name, command, args, options)
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}`))))
  })
}

/** Stops a child's process group: `signal`, then SIGKILL after the grace it was started with. */
function stop(child, signal = "SIGTERM") {
  if (!child || child.exitCode !== null || child.signalCode) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), child.graceMs ?? GRACE_MS)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    killGroup(child, signal)
  })
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

const stopAll = () => Promise.all([...children].map((child) => stop(child)))
// scripts/store.mjs stops its processes (10 s each at most), then Meilisearch and an embedded PostgreSQL in turn: a
// parent killing it sooner leaves them running, each in a process group of its own.
const STORE_GRACE_MS = 60_000

async function waitForHttp(url, { timeoutMs = 120_000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on("error", reject)
  })
}

module.exports = { run, exec, stop, stopAll, waitForHttp, freePort, STORE_GRACE_MS }
