#!/usr/bin/env node
// What a fetch client adds to a page's latency (`node bench/client-cost.mjs STOREFRONT_URL`, a production store
// running): each cached page 2,000 times from 8 clients, timed as the benchmark timed them until 2026-12-05 (fetch,
// the body decoded to text and searched for the outage notice while the row runs) and as it times them now
// (scripts/lib/load.cjs: raw bytes, gzip kept, checked after the row); then 200 uncached search pages (queries never
// asked, other ones for each way). Both share the machine's two cores with the store.
import { createRequire } from "node:module"
import { performance } from "node:perf_hooks"

const require = createRequire(import.meta.url)
const { load, percentile } = require("../scripts/lib/load.cjs")
const OUTAGE = /商城暂时无法连接|The store cannot be reached/
const PAGES = ["/zh-CN", "/zh-CN/products?q=%E6%9D%BF%E6%A0%97", "/zh-CN/products/old-tree-chestnut-special"]
const WORDS = ["板栗", "茶", "羊肉", "茯苓", "天麻", "chestnut", "tea", "goat", "herb", "罗田", "九资河", "胜利", "白莲河", "三里畈", "大河岸", "匡河", "河铺", "平湖", "凤山", "骆驼坳"]
const CLIENTS = 8

/** `urls` from CLIENTS clients through fetch, each body decoded and searched as it arrives: percentiles. */
async function fetched(urls) {
  const ms = []
  let sent = 0
  const client = async () => {
    while (sent < urls.length) {
      const started = performance.now()
      const response = await fetch(urls[sent++])
      const text = await response.text()
      if (!response.ok || OUTAGE.test(text)) throw new Error(`the store answered ${response.status}${OUTAGE.test(text) ? " with its outage notice" : ""}`)
      ms.push(performance.now() - started)
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client))
  ms.sort((a, b) => a - b)
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), p975: percentile(ms, 97.5) }
}

const base = process.argv[2]
if (!base) {
  console.error("usage: node bench/client-cost.mjs STOREFRONT_URL")
  process.exit(2)
}
const f = (value) => value.toFixed(1)
const line = ({ p50, p95, p975 }) => `p50 ${f(p50)}, p95 ${f(p95)}, p97.5 ${f(p975)} ms`
const raw = async (urls) => {
  const result = await load(urls, { clients: CLIENTS, refuse: OUTAGE })
  if (result.errors) throw new Error(`${result.errors} errors: ${result.firstError}`)
  return result
}
for (const path of PAGES) {
  const url = base + path
  await raw(Array(40).fill(url)) // the page kept by the front before either way is timed
  console.log(`${path}: fetch ${line(await fetched(Array(2000).fill(url)))} · raw bytes ${line(await raw(Array(2000).fill(url)))}`)
}
const run = Date.now().toString(36)
const fresh = (tag) => Array.from({ length: 200 }, (_, i) => `${base}/zh-CN/products?q=${encodeURIComponent(`${WORDS[i % 20]} ${tag}${run}${Math.floor(i / 20)}`)}`)
console.log(`uncached search pages: fetch ${line(await fetched(fresh("a")))} · raw bytes ${line(await raw(fresh("b")))}`)
