#!/usr/bin/env node
// The storefront's front door (`npm start`): starts `next start` on a loopback port of its own and answers PORT
// in front of it, serving public pages from its micro-cache (page-cache.cjs), the search box's suggestions from
// Meilisearch (suggest.cjs), and passing everything else through.
// One Node process renders (Next) while this one serves kept pages, so a page already rendered never waits behind
// a render, as nginx's micro-caching does in front of an application server.
const { spawn } = require("node:child_process")
const http = require("node:http")
const net = require("node:net")
const path = require("node:path")
const { PageCache } = require("./page-cache.cjs")
const { createSuggest } = require("./suggest.cjs")

const port = Number(process.env.PORT || 8000)
// Not HOSTNAME, Next's own: Docker sets that to the container's name.
const host = process.env.FRONT_HOST || "0.0.0.0"
// PAGE_CACHE_TTL_MS=0 turns the micro-cache off (every request reaches Next).
const cache = new PageCache({ ttlMs: Number(process.env.PAGE_CACHE_TTL_MS ?? 1000) })

/**
 * Serves `port` in front of Next at `upstream` (host:port), answering the search box itself with `suggest`
 * (suggest.cjs) where it can; resolves to the listening server.
 */
function startFront({ upstream, listenPort = port, listenHost = host, pageCache = cache, suggest }) {
  // Idle connections are dropped after 4 s, before Next's own 5 s keep-alive closes them under a request.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 4000 })
  const [upstreamHost, upstreamPort] = upstream.split(":")
  const filling = new Map()

  function request(req, headers, onAnswer, onError, retried = false) {
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ")
    const out = http.request(
      { host: upstreamHost, port: upstreamPort, method: req.method, path: req.url, headers: { ...headers, "x-forwarded-for": forwardedFor }, agent },
      onAnswer
    )
    out.on("error", (error) => {
      // A kept-alive connection Next had just closed never carried the request: a GET is asked once more.
      const bodiless = req.method === "GET" || req.method === "HEAD"
      if (bodiless && !retried && out.reusedSocket && error.code === "ECONNRESET") return request(req, headers, onAnswer, onError, true).end()
      onError(error)
    })
    return out
  }

  function fail(res, error) {
    if (res.headersSent) return res.destroy(error)
    res.writeHead(502, { "content-type": "text/plain; charset=utf-8" })
    res.end(`商城正在启动或重启，请稍后再试。The storefront is starting or restarting; try again in a moment. (${error.code || error.message})`)
  }

  /** Anything not kept: streamed both ways; a successful revalidation from the backend empties the cache. */
  function pass(req, res) {
    const out = request(req, req.headers, (answer) => {
      if (req.method === "POST" && req.url === "/api/revalidate" && answer.statusCode === 200) pageCache.clear()
      res.writeHead(answer.statusCode, { ...answer.headers, "x-page-cache": "BYPASS" })
      answer.pipe(res)
    }, (error) => fail(res, error))
    req.pipe(out)
  }

  function send(res, entry, state) {
    res.writeHead(entry.status, { ...entry.headers, "x-page-cache": state })
    res.end(entry.body)
  }

  /** Next's answer for a kept page, asked once however many buyers ask meanwhile; resolves to the kept entry or null. */
  function ask(req, key, onAnswer) {
    const headers = { ...req.headers }
    if (PageCache.encoding(req) === "gzip") headers["accept-encoding"] = "gzip"
    else delete headers["accept-encoding"]
    const generation = pageCache.generation
    let settle
    const pending = new Promise((resolve) => (settle = resolve))
    filling.set(key, pending)
    const done = (entry) => {
      if (filling.get(key) === pending) filling.delete(key)
      settle(entry)
    }
    const out = request(req, headers, (answer) => {
      const storable = pageCache.storable(answer.statusCode, answer.headers)
      onAnswer.headers(answer, storable)
      if (!storable) return done(null), onAnswer.pass(answer)
      const chunks = []
      answer.on("data", (chunk) => (chunks.push(chunk), onAnswer.chunk(chunk)))
      answer.on("end", () => {
        onAnswer.end()
        done(pageCache.set(key, answer.statusCode, answer.headers, Buffer.concat(chunks), generation))
      })
      answer.on("error", (error) => (done(null), onAnswer.fail(error)))
    }, (error) => (done(null), onAnswer.fail(error)))
    out.end()
  }

  /** A miss: streamed to the buyer who asked first, kept for the next if Next says it is public. */
  function fill(req, res, key) {
    ask(req, key, {
      headers: (answer, storable) => res.writeHead(answer.statusCode, { ...answer.headers, "x-page-cache": storable ? "MISS" : "BYPASS" }),
      pass: (answer) => answer.pipe(res),
      chunk: (chunk) => res.write(chunk),
      end: () => res.end(),
      fail: (error) => fail(res, error),
    })
  }

  /** A stale page's renewal, asked anonymously: no buyer waits for it, and no buyer's cookie goes with it. */
  function renew(req, key) {
    const { cookie, ...headers } = req.headers
    const ignore = () => {}
    ask({ method: "GET", url: req.url, headers, socket: req.socket }, key, { headers: ignore, pass: (answer) => answer.resume(), chunk: ignore, end: ignore, fail: ignore })
  }

  async function handle(req, res) {
    if (suggest && (await suggest.answer(req, res))) return
    const key = pageCache.keyOf(req)
    if (!key) return pass(req, res)
    const kept = pageCache.get(key)
    if (kept && !kept.fresh && !filling.has(key)) renew(req, key)
    if (kept) return send(res, kept, kept.fresh ? "HIT" : "STALE")
    const pending = filling.get(key)
    const entry = pending && (await pending)
    if (entry) return send(res, entry, "HIT")
    fill(req, res, key)
  }

  // Whatever goes wrong with one request is that request's 502, never the end of the process.
  const server = http.createServer((req, res) => handle(req, res).catch((error) => fail(res, error)))
  return new Promise((resolve, reject) => {
    server.on("error", reject)
    const stop = () => new Promise((done) => (agent.destroy(), suggest?.stop(), server.close(done), server.closeAllConnections()))
    server.listen(listenPort, listenHost, () => resolve({ server, stop }))
  })
}

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

async function main() {
  const nextPort = await freePort()
  const bin = path.join(__dirname, "..", "node_modules", ".bin", "next")
  // "localhost", not 127.0.0.1: Next answers a middleware rewrite with a redirect to itself when the host it was
  // started on is not the one it builds request URLs with.
  const next = spawn(bin, ["start", "-H", "localhost", "-p", String(nextPort)], { cwd: path.join(__dirname, ".."), stdio: "inherit" })
  // Stopping the front stops Next; Next stopping (or failing to start) stops the front with its exit code.
  let ending // the front's exit code once it stops Next itself
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => ((ending = 0), next.kill(signal)))
  next.on("exit", (code) => process.exit(ending ?? code ?? 1))
  try {
    await waitForPort(nextPort, next)
    const suggest = createSuggest({ backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000" })
    await startFront({ upstream: `localhost:${nextPort}`, suggest })
  } catch (error) {
    // Next must not outlive a front that could not start (its port taken, say).
    ending = 1
    next.kill("SIGTERM")
    throw error
  }
  console.log(`front: listening on ${host}:${port}, Next on localhost:${nextPort}, pages kept ${cache.ttlMs} ms`)
}

if (require.main === module) {
  main().catch((error) => console.error(`front: ${error.message}`))
}

module.exports = { startFront }
