// A throwaway PostgreSQL for the HTTP suites, made from the machine's own server binaries (same major version).
// Medusa's test runner copies a suite's database from a template before every test: on the machine's server each
// copy is written to its write-ahead log and each drop forces a checkpoint, on disk. Here the data live in memory
// (tmpfs) without fsync, which a throwaway cluster can afford: on 2026-12-05 a store.spec suite of 38 small tests
// took 10 s here against 23 s on the machine's server.
const { execFileSync } = require("node:child_process")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const pg = require("pg")
const { run, stop, freePort } = require("./processes.cjs")

function binDir() {
  try {
    const dir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim()
    return fs.existsSync(path.join(dir, "initdb")) ? dir : null
  } catch {
    return null
  }
}

// initdb and postgres refuse to run as root: there they run as the machine's postgres user.
const asServerUser = (command, args) =>
  process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args]

async function waitUntilAccepting(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the scratch PostgreSQL exited with ${child.exitCode}`)
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      await client.end().catch(() => {})
      if (Date.now() > deadline) throw new Error(`the scratch PostgreSQL did not start: ${error.message}`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}

/** Starts the cluster; null where the machine has no server binaries (the suites then use the machine's server). */
async function startScratchPostgres() {
  const bin = binDir()
  if (!bin) return null
  const dir = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "luotian-pg-"))
  const remove = () => fs.rmSync(dir, { recursive: true, force: true })
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", dir])
  const initdb = asServerUser(path.join(bin, "initdb"), ["-D", dir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"])
  execFileSync(initdb[0], initdb[1], { stdio: "ignore" })
  const port = await freePort()
  const settings = ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "listen_addresses=localhost", "max_connections=200"]
  const server = asServerUser(path.join(bin, "postgres"), ["-D", dir, "-p", String(port), "-k", dir, ...settings.flatMap((s) => ["-c", s])])
  const child = run("postgres", server[0], server[1], { quiet: true })
  const url = `postgres://postgres@localhost:${port}/postgres`
  try {
    await waitUntilAccepting(url, child)
  } catch (error) {
    await stop(child, "SIGQUIT")
    remove()
    throw error
  }
  // SIGINT: a fast shutdown, which does not wait for the suites' lingering connections.
  return { url, port, stop: () => stop(child, "SIGINT").finally(remove) }
}

module.exports = { startScratchPostgres }
