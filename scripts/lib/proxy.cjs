// A small round-robin HTTP proxy, the shape's load balancer on one machine (nginx or a cloud balancer elsewhere).
// A server that refuses the connection (stopped, restarting) is skipped for the next one, so stopping one instance
// loses no request that had not reached it yet. Each answer names the instance in `x-upstream`.
const http = require("node:http")

// Errors that mean the instance never saw the request: refused, or a kept-alive socket it had already closed.
const neverReached = (error, upstream) =>
  error.code === "ECONNREFUSED" || (error.code === "ECONNRESET" && upstream.reusedSocket)

function startProxy({ port, host = "127.0.0.1", targets }) {
  let next = 0
  const served = Object.fromEntries(targets.map((t) => [t, 0]))
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

  function forward(req, res, body, tries) {
    const target = targets[next++ % targets.length]
    const [hostname, targetPort] = target.split(":")
    // As nginx's $proxy_add_x_forwarded_for: the backend trusts one hop, so the client's address is the last entry
    // (login limits per address would otherwise count every visitor as the proxy).
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ")
    const headers = { ...req.headers, "x-forwarded-for": forwardedFor }
    const upstream = http.request({ hostname, port: targetPort, method: req.method, path: req.url, headers, agent }, (answer) => {
      served[target] += 1
      res.writeHead(answer.statusCode, { ...answer.headers, "x-upstream": target })
      answer.pipe(res)
    })
    upstream.on("error", (error) => {
      // Only a connection that never reached the instance is tried on another; anything later is the client's to see.
      if (!res.headersSent && neverReached(error, upstream) && tries < targets.length) {
        return forward(req, res, body, tries + 1)
      }
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" })
      res.end(JSON.stringify({ type: "bad_gateway", message: `No server instance answered: ${error.code || error.message}` }))
    })
    upstream.end(body)
  }

  const server = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", () => forward(req, res, Buffer.concat(chunks), 1))
  })
  return new Promise((resolve, reject) => {
    server.on("error", reject)
    server.listen(port, host, () =>
      resolve({
        port,
        url: `http://${host}:${port}`,
        served,
        stop: () => new Promise((done) => (agent.destroy(), server.close(() => done()), server.closeAllConnections())),
      })
    )
  })
}

module.exports = { startProxy }
