import http from "node:http"
import net from "node:net"
import type { AddressInfo } from "node:net"
import { applyServerTimeouts, serverTimeouts } from "./server-timeouts"

/** A copy of the http module's createServer to patch, so the test leaves the real module alone. */
function patchedHttp(env: Record<string, string>) {
  const target = { createServer: http.createServer } as unknown as typeof http
  applyServerTimeouts(env, target)
  return target
}

async function listening(server: http.Server) {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return (server.address() as AddressInfo).port
}

describe("server timeouts", () => {
  it("cuts off a slowloris client that never finishes its headers, and still serves others", async () => {
    const server = patchedHttp({ HTTP_HEADERS_TIMEOUT_MS: "500", HTTP_REQUEST_TIMEOUT_MS: "2000" }).createServer((_req, res) => res.end("ok"))
    const port = await listening(server)
    try {
      expect([server.headersTimeout, server.requestTimeout, server.keepAliveTimeout]).toEqual([500, 2000, 65_000])
      const socket = net.connect(port, "127.0.0.1")
      let answer = ""
      socket.on("data", (chunk) => (answer += chunk))
      socket.write("GET / HTTP/1.1\r\nHost: store\r\n")
      // One more header line every 100 ms, forever: each keeps the connection busy without completing the request.
      const drip = setInterval(() => socket.writable && socket.write(`X-Slow-${Date.now()}: 1\r\n`), 100)
      await new Promise((resolve) => socket.on("close", resolve))
      clearInterval(drip)
      expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout/)

      const response = await fetch(`http://127.0.0.1:${port}/`)
      expect(await response.text()).toBe("ok")
    } finally {
      server.close()
    }
  })

  it("refuses settings that are not whole milliseconds, or a request limit below the header limit", () => {
    expect(() => serverTimeouts({ HTTP_HEADERS_TIMEOUT_MS: "soon" })).toThrow("HTTP_HEADERS_TIMEOUT_MS must be a whole number")
    expect(() => serverTimeouts({ HTTP_HEADERS_TIMEOUT_MS: "5000", HTTP_REQUEST_TIMEOUT_MS: "1000" })).toThrow("at least HTTP_HEADERS_TIMEOUT_MS")
    expect(serverTimeouts({})).toMatchObject({ headersTimeout: 15_000, requestTimeout: 120_000, keepAliveTimeout: 65_000 })
  })
})
