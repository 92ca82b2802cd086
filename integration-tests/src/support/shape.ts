// The production suite's view of the shape: a sandboxed production shape (scripts/lib/sandbox.cjs) and an
// axios-like client of one base URL (the proxy or one instance), as the suites' checkout helpers expect.
const { startSandbox } = require("../../../scripts/lib/sandbox.cjs")

type Options = { headers?: Record<string, string> }
export type Api = ReturnType<typeof client>

/** Answers { status, data, headers }; any status but 2xx throws an error carrying `response`. */
export function client(base: string, timeoutMs = 60_000) {
  const call = async (method: string, url: string, body?: unknown, options: Options = {}) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { ...(body !== undefined && { "content-type": "application/json" }), ...options.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await response.text()
    const answer = { status: response.status, data: text ? parse(text) : {}, headers: response.headers }
    if (!response.ok) throw Object.assign(new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`), { response: answer })
    return answer
  }
  return {
    base,
    get: (url: string, options?: Options) => call("GET", url, undefined, options),
    post: (url: string, body: unknown = {}, options?: Options) => call("POST", url, body, options),
  }
}

function parse(text: string) {
  try {
    return JSON.parse(text)
  } catch {
    return { text }
  }
}

export const startTestShape = (): Promise<any> => startSandbox({ servers: 2, name: "shape" })
