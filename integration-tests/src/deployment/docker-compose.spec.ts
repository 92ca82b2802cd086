import fs from "node:fs"
import path from "node:path"
import { parse } from "yaml"

// No Docker engine runs here, so this reads the deployment: what it declares and what the code needs.
const root = path.resolve(__dirname, "../../..")
const compose = parse(fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8"), { merge: true })
// Set by the platform or by Medusa's own tooling rather than by the deployment; STRIPE_API_BASE points Stripe's
// client at the tests' emulator and must never be set in a deployment.
const NOT_DEPLOYMENT_SETTINGS = new Set(["NODE_ENV", "STRIPE_API_BASE"])

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(file)
    // Unit tests run in CI, never in a deployment.
    return /\.(ts|tsx|mjs|js|cjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : []
  })
}

/** Every `process.env.NAME` (or `process.env["NAME"]`) the given code reads. */
function envRead(files: string[]): string[] {
  const names = new Set<string>()
  for (const file of files) {
    for (const match of fs.readFileSync(file, "utf8").matchAll(/process\.env(?:\.([A-Z0-9_]+)|\[["']([A-Z0-9_]+)["']\])/g)) {
      names.add(match[1] ?? match[2])
    }
  }
  return [...names].filter((name) => !NOT_DEPLOYMENT_SETTINGS.has(name)).sort()
}

const environmentOf = (service: string) => Object.keys(compose.services[service].environment ?? {})

// Secrets: what signs logins, encrypts personal data or opens a service. Stripe's two are optional (empty: Stripe
// off, every webhook refused); all others must be given by the operator, with no default to fall back on.
const raw = fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8")
const REQUIRED_SECRETS = ["POSTGRES_PASSWORD", "MEILI_MASTER_KEY", "JWT_SECRET", "COOKIE_SECRET", "PERSONAL_DATA_KEY", "REVALIDATE_SECRET", "ASSOCIATION_PASSWORD", "MINIO_ROOT_PASSWORD"]
const OPTIONAL_SECRETS = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET"]
const isSecret = (name: string) => /SECRET|PASSWORD|_KEY$/.test(name) && name !== "STRIPE_PUBLISHABLE_KEY"
/** Every `${NAME...}` the file interpolates: the name, its operator (":-", "-", ":?", "?" or none) and what follows. */
const interpolations = [...raw.matchAll(/\$\{([A-Za-z0-9_]+)(?:(:?[-?])([^}]*))?\}/g)].map(([text, name, operator = "", rest = ""]) => ({ text, name, operator, rest }))

describe("docker-compose.yml", () => {
  it("declares the ten services", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["backend", "backend-2", "backend-worker", "meilisearch", "minio", "minio-bucket", "postgres", "proxy", "redis", "storefront"])
  })

  it("pins every image and health-checks the services others wait for", () => {
    for (const [name, service] of Object.entries<any>(compose.services)) {
      // A version, or MinIO's dated release tags (RELEASE.2025-04-22T22-12-26Z); never "latest".
      if (service.image) expect([name, service.image]).toEqual([name, expect.stringMatching(/:([0-9v]|RELEASE\.\d)[\w.-]*$/)])
      else expect(service.build).toBeDefined()
    }
    for (const name of ["postgres", "redis", "meilisearch", "minio", "backend", "backend-2", "proxy", "storefront"]) {
      expect(compose.services[name].healthcheck?.test).toBeDefined()
    }
    expect(compose.services.meilisearch.image).toBe("getmeili/meilisearch:v1.21.0")
  })

  it("keeps the database and the search index in named volumes", () => {
    expect(compose.services.postgres.volumes).toContain("postgres-data:/var/lib/postgresql/data")
    expect(compose.services.meilisearch.volumes).toContain("meilisearch-data:/meili_data")
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(["postgres-data", "meilisearch-data"]))
  })

  it("runs the backend as two servers behind the proxy and a worker, in Medusa's worker modes", () => {
    expect(compose.services.backend.environment.MEDUSA_WORKER_MODE).toBe("server")
    expect(compose.services["backend-2"].environment.MEDUSA_WORKER_MODE).toBe("server")
    const nginx = fs.readFileSync(path.join(root, "deploy/nginx.conf"), "utf8")
    expect(nginx.match(/server backend(?:-2)?:9000/g)).toEqual(["server backend:9000", "server backend-2:9000"])
    expect(compose.services.storefront.environment.MEDUSA_BACKEND_URL).toBe("http://proxy:9000")
    expect(compose.services["backend-worker"].environment.MEDUSA_WORKER_MODE).toBe("worker")
    expect(compose.services["backend-worker"].environment.DISABLE_MEDUSA_ADMIN).toBe("true")
  })

  it("sets every variable the backend reads, for the server and the worker", () => {
    const read = envRead([path.join(root, "backend/medusa-config.ts"), ...sourceFiles(path.join(root, "backend/src"))])
    expect(read).toEqual(expect.arrayContaining(["DATABASE_URL", "REDIS_URL", "MEILISEARCH_HOST"]))
    for (const service of ["backend", "backend-2", "backend-worker"]) {
      expect({ service, missing: read.filter((name) => !environmentOf(service).includes(name)) }).toEqual({ service, missing: [] })
    }
  })

  it("requires every secret from the operator and gives none a default", () => {
    const secrets = interpolations.filter(({ name }) => isSecret(name))
    expect([...new Set(secrets.map(({ name }) => name))].sort()).toEqual([...REQUIRED_SECRETS, ...OPTIONAL_SECRETS].sort())
    for (const use of secrets) {
      // Required: `${NAME:?message}` stops compose when it is unset or empty. Optional: only ever empty by default.
      const expected = REQUIRED_SECRETS.includes(use.name) ? { operator: ":?" } : { operator: ":-", rest: "" }
      expect({ use: use.text, ...pick(use, Object.keys(expected)) }).toEqual({ use: use.text, ...expected })
    }
  })

  it("writes no secret's value into the file: each secret setting is the operator's variable", () => {
    for (const [name, service] of Object.entries<any>(compose.services)) {
      for (const [key, value] of Object.entries<string>(service.environment ?? {})) {
        if (!isSecret(key)) continue
        expect({ service: name, key, value }).toEqual({ service: name, key, value: expect.stringMatching(/^\$\{[A-Z0-9_]+:[-?][^}]*\}$/) })
      }
    }
    for (const service of ["backend", "backend-2", "backend-worker"]) {
      const { DATABASE_URL, JWT_SECRET, COOKIE_SECRET } = compose.services[service].environment
      expect(DATABASE_URL).toMatch(/^postgres:\/\/medusa:\$\{POSTGRES_PASSWORD:\?[^}]*\}@postgres:5432\/luotian$/)
      expect([JWT_SECRET, COOKIE_SECRET]).toEqual([expect.stringMatching(/^\$\{JWT_SECRET:\?/), expect.stringMatching(/^\$\{COOKIE_SECRET:\?/)])
    }
  })

  it("sets every variable the storefront and its front read", () => {
    const read = envRead(["src", "front"].flatMap((dir) => sourceFiles(path.join(root, "storefront", dir))))
    // Either form of the publishable key will do; the deployment shares it as a file.
    const needed = read.filter((name) => name !== "MEDUSA_PUBLISHABLE_KEY")
    expect(needed.filter((name) => !environmentOf("storefront").includes(name))).toEqual([])
  })
})

const pick = (object: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, object[key]]))
