import { redactDatabaseErrorsInLog } from "./src/api/guards/log"

// `medusa start` calls this in every worker mode, also in a worker that loads no API (where src/api/errors.ts, which
// does the same, is never imported): a subscriber's or job's database error is logged without its statement there too.
export function register() {
  redactDatabaseErrorsInLog()
}
