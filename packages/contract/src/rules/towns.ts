// Luotian County's 10 towns and 2 townships (../shared/domain/luotian.md), each with its station code and a place
// on the county's schematic map (0–100 across and down, north up): the trace page's origin diagram and the
// station network draw from it. Positions are schematic, not surveyed.
export type Town = { code: string; name: string; name_en: string; x: number; y: number }

export const TOWNS: readonly Town[] = [
  { code: "FS", name: "凤山镇", name_en: "Fengshan", x: 45, y: 68 },
  { code: "LTA", name: "骆驼坳镇", name_en: "Luotuo'ao", x: 60, y: 58 },
  { code: "DHA", name: "大河岸镇", name_en: "Dahe'an", x: 52, y: 46 },
  { code: "JZH", name: "九资河镇", name_en: "Jiuzihe", x: 80, y: 24 },
  { code: "SL", name: "胜利镇", name_en: "Shengli", x: 62, y: 16 },
  { code: "HP", name: "河铺镇", name_en: "Hepu", x: 40, y: 26 },
  { code: "SLF", name: "三里畈镇", name_en: "Sanlifan", x: 28, y: 58 },
  { code: "KH", name: "匡河镇", name_en: "Kuanghe", x: 30, y: 78 },
  { code: "BMH", name: "白庙河镇", name_en: "Baimiaohe", x: 52, y: 86 },
  { code: "DQ", name: "大崎镇", name_en: "Daqi", x: 72, y: 40 },
  { code: "BLH", name: "白莲河乡", name_en: "Bailianhe", x: 18, y: 88 },
  { code: "PH", name: "平湖乡", name_en: "Pinghu", x: 30, y: 40 },
]

/** The town a place name names, in Chinese or English, with or without its 镇/乡 suffix; undefined when none. */
export function townNamed(place: string | null | undefined): Town | undefined {
  const name = place?.trim().toLowerCase()
  if (!name) return undefined
  return TOWNS.find((town) => [town.name, town.name.slice(0, -1), town.name_en.toLowerCase()].includes(name))
}
