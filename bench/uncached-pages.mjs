#!/usr/bin/env node
// Search pages never asked before, apart from the benchmark (`node bench/uncached-pages.mjs STOREFRONT_URL [pages=200]
// [clients=8]`, a store running on this machine): each the page, then its results, as a browser loads it
// (scripts/lib/search-visit.cjs), their latency as raw bytes (scripts/lib/load.cjs), and the CPU
// each process of the store spent on a page, read from /proc before and after. 100 other new pages, one at a time,
// warm the processes up first. Every run asks new pages: each carries a price ceiling of its own.
import fs from "node:fs"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const { load } = require("../scripts/lib/load.cjs")
const { cpuSeconds } = require("../scripts/lib/process-cpu.cjs")
const { searchVisit } = require("../scripts/lib/search-visit.cjs")
const OUTAGE = /商城暂时无法连接|The store cannot be reached/
const WORDS = ["板栗", "茶", "羊肉", "茯苓", "天麻", "chestnut", "tea", "goat", "herb", "罗田", "九资河", "胜利", "白莲河", "三里畈", "大河岸", "匡河", "河铺", "平湖", "凤山", "骆驼坳", "banli", "green tea", "栗子", "黑山羊"]
const SORTS = ["", "&sort=price_asc", "&sort=price_desc", "&sort=newest"]
// Which process a command line is: the storefront's Next processes and front, Meilisearch, the backend, PostgreSQL.
const ROLES = [["next", /next-server/], ["front", /front\/server\.cjs/], ["meilisearch", /meilisearch/], ["medusa", /medusa.*\bstart\b|medusa.*\bdevelop\b/], ["postgres", /postgres/]]

const [base, pages = "200", clients = "8"] = process.argv.slice(2)
if (!base) {
  console.error("usage: node bench/uncached-pages.mjs STOREFRONT_URL [pages=200] [clients=8]")
  process.exit(2)
}

// Whole yuan of seven digits at most (the storefront's price filter); a run 300 ceilings on moves by 3 s of the clock.
let ceiling = 1_000_000 + Math.floor(Date.now() / 10) % 8_000_000
/** `count` search pages no one asked for: words, sorts, both languages, stock and pages, each under its own ceiling. */
function newPages(count) {
  const paths = []
  for (const page of ["", "&page=2", "&page=3"])
    for (const sort of SORTS)
      for (const locale of ["zh-CN", "en"])
        for (const stock of ["", "&in_stock=true"])
          for (const word of WORDS) paths.push(`${base}/${locale}/products?q=${encodeURIComponent(word)}${sort}${page}${stock}&price_max=${ceiling++}`)
  return paths.slice(0, count).map(searchVisit)
}

/** CPU milliseconds each role's processes have used so far. */
function cpu() {
  const used = {}
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")
      const role = ROLES.find(([, pattern]) => pattern.test(command))?.[0]
      if (!role) continue
      used[role] = (used[role] ?? 0) + cpuSeconds(pid) * 1000
    } catch {
      // The process ended while being read.
    }
  }
  return used
}

const check = (result) => {
  if (result.errors) throw new Error(`${result.errors} errors: ${result.firstError}`)
  return result
}
check(await load(newPages(100), { clients: 1, refuse: OUTAGE }))
const before = cpu()
const result = check(await load(newPages(Number(pages)), { clients: Number(clients), refuse: OUTAGE }))
const after = cpu()
const f = (value) => value.toFixed(0)
console.log(`${result.n} new search pages from ${clients} clients: p50 ${f(result.p50)}, p95 ${f(result.p95)}, p97.5 ${f(result.p975)} ms, ${result.rps.toFixed(1)} pages/s`)
const perPage = Object.entries(after).map(([role, ms]) => `${role} ${((ms - (before[role] ?? 0)) / result.n).toFixed(1)}`)
console.log(`CPU ms a page: ${perPage.join(", ")}`)
