#!/usr/bin/env node
// What the benchmark's own client adds to a page's latency (`node bench/client-cost.mjs STOREFRONT_URL`, a
// production store running): each cached page 2,000 times from 8 clients, timed as scripts/lib/load.cjs times them
// (fetch, the body decoded to text and searched for the outage notice) and as raw bytes (node:http, gzip kept, the
// body counted and not decoded: what a browser's network timing shows); then 200 uncached search pages (queries
// never asked, other ones for each way). Both share the machine's two cores with the store.
import http from "node:http"
import { createRequire } from "node:module"
import { performance } from "node:perf_hooks"

const require = createRequire(import.meta.url)
const { load, percentile } = require("../scripts/lib/load.cjs")
const OUTAGE = /商城暂时无法连接|The store cannot be reached/
const PAGES = ["/zh-CN", "/zh-CN/products?q=%E6%9D%BF%E6%A0%97", "/zh-CN/products/old-tree-chestnut-special"]
const WORDS = ["板栗", "茶", "羊肉", "茯苓", "天麻", "chestnut", "tea", "goat", "herb", "罗田", "九资河", "胜利", "白莲河", "三里畈", "大河岸", "匡河", "河铺", "平湖", "凤山", "骆驼坳"]
const CLIENTS = 8
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })

const rawGet = (url) =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    http
      .get(url, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
        let bytes = 0
        res.on("data", (chunk) => (bytes += chunk.length))
        res.on("end", () => resolve({ ms: performance.now() - started, bytes, front: res.headers["x-page-cache"] }))
      })
      .on("error", reject)
  })

/** `urls` from CLIENTS clients as raw bytes: percentiles, the first answer's size and how the front answered. */
async function raw(urls) {
  const answers = []
  let sent = 0
  const client = async () => {
    while (sent < urls.length) answers.push(await rawGet(urls[sent++]))
  }
  await Promise.all(Array.from({ length: CLIENTS }, client))
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b)
  const fronts = {}
  for (const { front } of answers) fronts[front] = (fronts[front] ?? 0) + 1
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), p975: percentile(ms, 97.5), bytes: answers[0].bytes, fronts }
}

const base = process.argv[2]
if (!base) {
  console.error("usage: node bench/client-cost.mjs STOREFRONT_URL")
  process.exit(2)
}
const f = (value) => value.toFixed(1)
for (const path of PAGES) {
  const url = base + path
  await raw(Array(40).fill(url)) // the page kept by the front before either way is timed
  const client = await load(Array(2000).fill(url), { clients: CLIENTS, warmup: [], refuse: OUTAGE })
  const bytes = await raw(Array(2000).fill(url))
  console.log(`${path}: the benchmark's client p50 ${f(client.p50)}, p95 ${f(client.p95)}, p97.5 ${f(client.p975)} ms (${client.rps.toFixed(0)} requests/s) · raw bytes p50 ${f(bytes.p50)}, p95 ${f(bytes.p95)}, p97.5 ${f(bytes.p975)} ms (${bytes.bytes} bytes gzipped, front ${JSON.stringify(bytes.fronts)})`)
}
const run = Date.now().toString(36)
const fresh = (tag) => Array.from({ length: 200 }, (_, i) => `${base}/zh-CN/products?q=${encodeURIComponent(`${WORDS[i % 20]} ${tag}${run}${Math.floor(i / 20)}`)}`)
const client = await load(fresh("a"), { clients: CLIENTS, warmup: [], refuse: OUTAGE })
const bytes = await raw(fresh("b"))
console.log(`uncached search pages: the benchmark's client p50 ${f(client.p50)}, p97.5 ${f(client.p975)} ms · raw bytes p50 ${f(bytes.p50)}, p97.5 ${f(bytes.p975)} ms`)
agent.destroy()
