import { redactDatabaseErrorsInLog } from "./src/api/guards/log"
import { tagEveryRequest } from "./src/api/guards/request-id"
import { applyAdmission } from "./src/lib/ops/admission"
import { startTracing } from "./src/lib/ops/otel"
import { applyServerTimeouts } from "./src/lib/ops/server-timeouts"

// `medusa start` calls this in every worker mode, before it creates its HTTP server:
// - a subscriber's or job's database error is logged without its statement, also in a worker that loads no API
//   (where src/api/errors.ts, which does the same, is never imported);
// - every request gets its id as it arrives, also one that Medusa refuses before our middleware;
// - past HTTP_MAX_CONCURRENT requests at once, the next ones wait their turn or are told to come back (503);
// - the server cuts off slow clients (headers, whole request) and keeps idle connections past the balancer's timeout;
// - Medusa's OpenTelemetry instrumentation exports spans (OTEL_TRACES: file by default, console, off).
export function register() {
  redactDatabaseErrorsInLog()
  // Tagged first, so that the admission's queue and its refusals run inside the request's id.
  tagEveryRequest()
  applyAdmission()
  applyServerTimeouts()
  startTracing()
}
