#!/usr/bin/env node
// The storefront's front door (`npm start`): starts `next start`, one process per core (next-processes.cjs), on
// loopback ports of their own and answers PORT in front of them: public pages from its micro-cache
// (page-cache.cjs), the search box's suggestions and the search page's results from Meilisearch (direct-search.cjs),
// everything else passed through to Next: a page to the process that keeps it unless that one is far busier
// (affinity.cjs), anything else to the least busy one. Next renders while this process serves kept pages, so a page already rendered never waits behind a
// render, as nginx's micro-caching does in front of application servers.
const http = require("node:http")
const { pageOf, processFor, SPILL } = require("./affinity.cjs")
const { PageCache } = require("./page-cache.cjs")
const { processCount, startNexts } = require("./next-processes.cjs")
const { createDirectSearch } = require("./direct-search.cjs")

const port = Number(process.env.PORT || 8000)
// Not HOSTNAME, Next's own: Docker sets that to the container's name.
const host = process.env.FRONT_HOST || "0.0.0.0"
// PAGE_CACHE_TTL_MS=0 turns the micro-cache off (every request reaches Next).
const cache = new PageCache({ ttlMs: Number(process.env.PAGE_CACHE_TTL_MS ?? 1000) })

/**
 * Serves `port` in front of Next at `upstream` (host:port, or a list of them: one Next process per core), answering
 * the buyer's searches itself with `directSearch` (direct-search.cjs) where it can; resolves to the listening server.
 */
function startFront({ upstream, listenPort = port, listenHost = host, pageCache = cache, directSearch }) {
  // Idle connections are dropped after 4 s, before Next's own 5 s keep-alive closes them under a request.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 4000 })
  // `name`: which process answered (`x-next`, 1 to n), for logs and tests.
  const nexts = [upstream].flat().map((address, i) => ({ name: String(i + 1), host: address.split(":")[0], port: Number(address.split(":")[1]), busy: 0 }))
  let turn = 0
  const filling = new Map()

  /**
   * A page's own Next process unless it has SPILL more requests in flight than the least busy; for anything else the
   * one with the fewest requests in flight (taking turns among equals), so that one long render holds up no other.
   */
  function pick(req) {
    const page = nexts.length > 1 ? pageOf(req.method, req.url) : null
    turn = (turn + 1) % nexts.length
    const least = nexts.reduce((best, _, i) => {
      const candidate = nexts[(turn + i) % nexts.length]
      return candidate.busy < best.busy ? candidate : best
    }, nexts[turn])
    if (page === null) return least
    const own = nexts[processFor(page, nexts.length)]
    return own.busy >= least.busy + SPILL ? least : own
  }

  /**
   * Asks `target` for `req`. `buyer`: the response of a buyer whose leaving ends the request, since Next's answer,
   * unread, would hold it open (and count its process busy) for ever; a page kept for others is read to its end.
   */
  function request(req, headers, onAnswer, onError, { retried = false, target = pick(req), buyer } = {}) {
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ")
    const out = http.request(
      { host: target.host, port: target.port, method: req.method, path: req.url, headers: { ...headers, "x-forwarded-for": forwardedFor }, agent },
      (answer) => ((answer.headers["x-next"] = target.name), onAnswer(answer))
    )
    target.busy += 1
    out.once("close", () => (target.busy -= 1))
    buyer?.once("close", () => buyer.writableFinished || ((out.abandoned = true), out.destroy()))
    out.on("error", (error) => {
      if (out.abandoned) return
      // A kept-alive connection Next had just closed never carried the request: a GET is asked once more.
      const bodiless = req.method === "GET" || req.method === "HEAD"
      if (bodiless && !retried && out.reusedSocket && error.code === "ECONNRESET") return request(req, headers, onAnswer, onError, { retried: true, buyer }).end()
      onError(error)
    })
    return out
  }

  /** The whole answer of one Next process to a request whose body is `body`; a 502 when it cannot be reached. */
  function whole(req, body, target) {
    return new Promise((resolve) => {
      const failed = (error) => resolve({ status: 502, headers: { "content-type": "text/plain" }, body: Buffer.from(error.code || error.message) })
      const out = request(req, req.headers, (answer) => {
        const chunks = []
        answer.on("data", (chunk) => chunks.push(chunk))
        answer.on("end", () => resolve({ status: answer.statusCode, headers: answer.headers, body: Buffer.concat(chunks) }))
        answer.on("error", failed)
      }, failed, { target })
      out.end(body)
    })
  }

  /**
   * The backend's revalidation, told to every Next process (each keeps its own tags in memory): its answer is the
   * first refusal, else Next's 200. Kept pages are forgotten once any process took it.
   */
  function revalidate(req, res) {
    const chunks = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", async () => {
      const body = Buffer.concat(chunks)
      const answers = await Promise.all(nexts.map((target) => whole(req, body, target)))
      if (answers.some((answer) => answer.status === 200)) pageCache.clear()
      const told = answers.find((answer) => answer.status !== 200) ?? answers[0]
      res.writeHead(told.status, { ...told.headers, "x-page-cache": "BYPASS" })
      res.end(told.body)
    })
  }

  function fail(res, error) {
    if (res.headersSent) return res.destroy(error)
    res.writeHead(502, { "content-type": "text/plain; charset=utf-8" })
    res.end(`商城正在启动或重启，请稍后再试。The storefront is starting or restarting; try again in a moment. (${error.code || error.message})`)
  }

  /** Anything not kept: streamed both ways. */
  function pass(req, res) {
    if (req.method === "POST" && req.url === "/api/revalidate") return revalidate(req, res)
    const out = request(req, req.headers, (answer) => {
      res.writeHead(answer.statusCode, { ...answer.headers, "x-page-cache": "BYPASS" })
      answer.pipe(res)
    }, (error) => fail(res, error), { buyer: res })
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
    if (directSearch && (await directSearch.answer(req, res))) return
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
    const stop = () => new Promise((done) => (agent.destroy(), directSearch?.stop(), server.close(done), server.closeAllConnections()))
    server.listen(listenPort, listenHost, () => resolve({ server, stop }))
  })
}

async function main() {
  const { children, ports, ready } = await startNexts(processCount())
  // Stopping the front stops Next; a Next process stopping (or failing to start) stops the others and the front,
  // with its exit code.
  let ending // the front's exit code once it stops Next itself
  const stopAll = (signal) => children.forEach((child) => child.exitCode === null && child.kill(signal))
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => ((ending = 0), stopAll(signal)))
  for (const child of children) {
    child.on("exit", (code) => {
      ending ??= code ?? 1
      stopAll("SIGTERM")
      if (children.every((one) => one.exitCode !== null || one.signalCode !== null)) process.exit(ending)
    })
  }
  try {
    await ready()
    const directSearch = createDirectSearch({ backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000", kept: cache })
    await startFront({ upstream: ports.map((nextPort) => `localhost:${nextPort}`), directSearch })
  } catch (error) {
    // Next must not outlive a front that could not start (its port taken, say).
    ending = 1
    stopAll("SIGTERM")
    throw error
  }
  console.log(`front: listening on ${host}:${port}, Next on localhost:${ports.join(", ")}, pages kept ${cache.ttlMs} ms`)
}

if (require.main === module) {
  main().catch((error) => ((process.exitCode = 1), console.error(`front: ${error.message}`)))
}

module.exports = { startFront }
