// CPU time a process has used so far, from Linux's /proc: user + system clock ticks (benchmarks read it before and
// after a row, so a figure holds on any machine load).
const { execFileSync } = require("node:child_process")
const fs = require("node:fs")

const TICKS = Number(execFileSync("getconf", ["CLK_TCK"]).toString())

/** Seconds of CPU process `pid` has used; throws when it is gone. */
function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
  // Fields after the command name, which is in parentheses and may itself hold spaces or parentheses.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  return (Number(fields[11]) + Number(fields[12])) / TICKS
}

module.exports = { cpuSeconds }
