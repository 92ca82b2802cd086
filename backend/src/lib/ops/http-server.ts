import http from "node:http"

type Listener = (req: http.IncomingMessage, res: http.ServerResponse) => void

/**
 * Makes `target.createServer` put `wrap` around every server's request listener, once per `tag`. Medusa creates its
 * server itself (`medusa start`), after instrumentation.ts has run; a later call wraps outside an earlier one.
 */
export function wrapServerListener(target: typeof http, tag: symbol, wrap: (listener: Listener) => Listener) {
  if ((target as any)[tag]) return
  const original = target.createServer
  target.createServer = ((...args: any[]) => {
    const at = args.findIndex((arg) => typeof arg === "function")
    if (at >= 0) args[at] = wrap(args[at])
    return original.apply(target, args as any)
  }) as typeof http.createServer
  ;(target as any)[tag] = true
}

/** A whole-number server setting from the environment, at least `min`; a bad one stops the start with its name. */
export function wholeSetting(env: Record<string, string | undefined>, name: string, fallback: number, min: number) {
  const value = Number(env[name] ?? fallback)
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, not ${env[name]}`)
  return value
}
