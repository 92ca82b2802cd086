import { csvCell as cell, csvText } from "../../lib/csv"
import { cjkPdf } from "../../lib/print/cjk-pdf"
import type { RunView } from "./route-view"

// A run's manifest for its driver, in Chinese: the stops in order and, at each, what is loaded and unloaded by order
// number and parcel id. Stations and parcels only: a driver needs no buyer's name or phone.

const KIND = { parcel: "包裹", seller_pickup: "卖家取件", intake: "代销收购" } as Record<string, string>
const ROUTE = { town: "县—镇", village: "县—镇—村" } as Record<string, string>
export const runTitle = (run: RunView) => `${run.day} ${run.town} 第${run.number}趟`
export const manifestName = (run: RunView, ext: string) => `manifest-${run.day}-${run.id}.${ext}`

/** The manifest's lines: one per consignment at each stop, in the stops' order. */
function lines(run: RunView) {
  return run.stops.flatMap((stop) =>
    [...stop.load.map((c) => ({ c, action: "装车" })), ...stop.unload.map((c) => ({ c, action: "卸货" }))].map(({ c, action }) => ({ stop, c, action }))
  )
}

export function manifestCsv(run: RunView) {
  const head = ["线路", "站序", "站点编码", "站点", "地址", "动作", "单号", "件号", "类别", "重量(kg)"]
  const body = lines(run).map(({ stop, c, action }) => [
    cell(runTitle(run)), String(stop.sequence + 1), cell(stop.station.code), cell(stop.station.name), cell(stop.station.address),
    cell(action), cell(c.code), cell(c.ref_id), cell(KIND[c.kind] ?? c.kind), c.kg,
  ])
  return csvText([head.map((h) => cell(h)), ...body])
}

export async function manifestPdf(run: RunView): Promise<Buffer> {
  const { doc, done } = cjkPdf({ size: "A4", margin: 40, info: { Title: `运输清单 ${runTitle(run)}` } })
  doc.font("cjk").fontSize(16).text(`运输清单 ${runTitle(run)}`)
  doc.fontSize(10).text(`线路：${ROUTE[run.route_kind] ?? run.route_kind}　件数：${run.parcels}　重量：${run.kg} kg　车辆容量：${run.capacity.parcels} 件 / ${run.capacity.kg} kg`)
  doc.text(`编号：${run.id}`).moveDown(0.5)
  for (const stop of run.stops) {
    doc.fontSize(12).text(`${stop.sequence + 1}. ${stop.station.name}（${stop.station.code}）${stop.station.address}`).fontSize(9)
    doc.text(`装车 ${stop.load.length} 件，卸货 ${stop.unload.length} 件　签到：${stop.done_at ? new Date(stop.done_at).toISOString() : "________"}`)
    for (const [action, list] of [["装车", stop.load], ["卸货", stop.unload]] as const) {
      for (const c of list) doc.text(`　${action}　${c.code}　${c.ref_id}　${KIND[c.kind] ?? c.kind}　${c.kg} kg`)
    }
    doc.moveDown(0.5)
  }
  doc.end()
  return await done
}
