// The production shape: the backend built once (`medusa build`), N server instances and one worker started from
// backend/.medusa/server (MEDUSA_WORKER_MODE), and a small round-robin proxy in front of the servers.
// Used by `npm run start:prod`, the production suite and the benchmarks. Every process is stopped by stopShape.
const fs = require("node:fs")
const path = require("node:path")
const { run, exec, stop, waitForHttp, freePort } = require("./processes.cjs")
const { startProxy } = require("./proxy.cjs")

const root = path.resolve(__dirname, "../..")
const backendDir = path.join(root, "backend")
const serverDir = path.join(backendDir, ".medusa", "server")
// What the last build was made with: a build without the admin does not serve one.
const buildMark = path.join(serverDir, ".luotian-build.json")
// Medusa's CLI run by node itself, not through npx: a stop (or kill -9) then reaches the process that serves, and
// a server slow to shut down is killed after the grace period instead of outliving the shape.
const medusaCli = require.resolve("@medusajs/cli/cli.js", { paths: [backendDir] })
const SOURCES = ["backend/src", "backend/medusa-config.ts", "admin-extensions/src"]
// The admin plugin's own build, as `npm start` checks it; the contract is built by the install (postinstall).
const pluginBuild = path.join(root, "admin-extensions/.medusa/server/src/admin/index.mjs")

function newestSource(file) {
  const stat = fs.statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...fs.readdirSync(file).map((name) => newestSource(path.join(file, name))))
}

/** True when backend/.medusa/server is missing, older than a source file, or lacks the admin that is wanted. */
function buildIsStale({ admin }) {
  if (!fs.existsSync(buildMark)) return true
  const mark = JSON.parse(fs.readFileSync(buildMark, "utf8"))
  if (admin && !mark.admin) return true
  return SOURCES.some((source) => newestSource(path.join(root, source)) > mark.builtAt)
}

/** Builds the admin plugin and the backend when their builds are stale; answers the server folder. */
async function buildBackend({ env = process.env, admin = true, quiet = false } = {}) {
  if (!buildIsStale({ admin })) return serverDir
  const builtAt = Date.now()
  const buildEnv = { ...env, MEDUSA_DISABLE_TELEMETRY: "true", DISABLE_MEDUSA_ADMIN: admin ? "false" : "true" }
  if (!fs.existsSync(pluginBuild) || newestSource(path.join(root, "admin-extensions/src")) > fs.statSync(pluginBuild).mtimeMs) {
    await exec("admin-extensions", "npm", ["run", "build", "-w", "admin-extensions"], { cwd: root, env: buildEnv, quiet })
  }
  await exec("medusa-build", "npx", ["medusa", "build"], { cwd: backendDir, env: buildEnv, quiet })
  fs.writeFileSync(buildMark, JSON.stringify({ admin, builtAt }))
  return serverDir
}

/** Runs a medusa command (db:migrate, exec …) from the build, as production does. */
const medusa = (args, { env = process.env, quiet = false } = {}) =>
  exec(`medusa ${args[0]}`, process.execPath, [medusaCli, ...args], { cwd: serverDir, env: productionEnv(env), quiet })

function productionEnv(env) {
  return { ...env, NODE_ENV: "production", MEDUSA_DISABLE_TELEMETRY: "true" }
}

/** Starts one backend process of the shape in `mode` ("server" or "worker") on `port`, answering once /health does. */
async function startBackend({ name, mode, port, env, quiet, nodeArgs = [] }) {
  const childEnv = { ...productionEnv(env), MEDUSA_WORKER_MODE: mode, PORT: String(port) }
  if (mode === "worker") childEnv.DISABLE_MEDUSA_ADMIN = "true"
  const child = run(name, process.execPath, [...nodeArgs, medusaCli, "start", "--port", String(port)], { cwd: serverDir, env: childEnv, quiet })
  await waitForHttp(`http://127.0.0.1:${port}/health`, { timeoutMs: 180_000, child })
  return { name, mode, port, url: `http://127.0.0.1:${port}`, child }
}

/**
 * Starts `servers` server instances and one worker (all with `env`: DATABASE_URL, REDIS_URL, secrets …) and the
 * proxy on `port` (a free one if 0). Answers the shape: { url, proxy, servers, worker } and functions to stop and
 * start its parts, which the fault tests use. `nodeArgs` go to the server instances' Node (a profiler's flags).
 */
async function startShape({ env, servers = 2, port = 0, quiet = false, admin = true, nodeArgs = [] }) {
  if (!env.REDIS_URL) throw new Error("the production shape needs REDIS_URL: its instances share events, locks and cache")
  const shapeEnv = { ...env, DISABLE_MEDUSA_ADMIN: admin ? "false" : "true" }
  const shape = { servers: [], worker: null, proxy: null }
  const serverPorts = await Promise.all(Array.from({ length: servers }, () => freePort()))
  const workerPort = await freePort()
  shape.startServer = async (i) => {
    shape.servers[i] = await startBackend({ name: `server-${i + 1}`, mode: "server", port: serverPorts[i], env: shapeEnv, quiet, nodeArgs })
    return shape.servers[i]
  }
  shape.startWorker = async () => (shape.worker = await startBackend({ name: "worker", mode: "worker", port: workerPort, env: shapeEnv, quiet }))
  shape.stopServer = (i, signal = "SIGTERM") => stop(shape.servers[i]?.child, signal)
  shape.stopWorker = (signal = "SIGTERM") => stop(shape.worker?.child, signal)
  shape.stop = () => stopShape(shape)
  try {
    // One at a time: each boot loads every module, and two at once on a small machine take longer than in turn.
    await shape.startWorker()
    for (let i = 0; i < servers; i++) await shape.startServer(i)
    shape.proxy = await startProxy({ port: port || (await freePort()), targets: serverPorts.map((p) => `127.0.0.1:${p}`) })
    shape.url = shape.proxy.url
    return shape
  } catch (error) {
    await stopShape(shape)
    throw error
  }
}

async function stopShape(shape) {
  await shape.proxy?.stop()
  await Promise.all([...shape.servers.map((s) => stop(s?.child)), stop(shape.worker?.child)])
}

module.exports = { root, serverDir, buildBackend, buildIsStale, medusa, startBackend, startShape, stopShape, startProxy }
