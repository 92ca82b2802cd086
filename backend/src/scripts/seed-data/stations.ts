import { randomBytes } from "node:crypto"
import { existsSync, writeFileSync } from "node:fs"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { STATION_MODULE } from "../../modules/station"
import { PICKUP_RATE_CODE } from "../../modules/station/rules"
import type StationModuleService from "../../modules/station/service"
import { TOWNS } from "@luotian/contract"
import { ensurePickupDeliveryWorkflow } from "../../workflows/station/ensure-pickup-delivery"


// ILLUSTRATIVE village names: the domain file names the towns but no villages, so these are plausible names of the
// region's kind (石桥 stone bridge, 板栗园 chestnut grove …), not a claim about Luotian's real villages. Each village
// station sits in an existing shop, canteen or recycling point, as the county's stations did.
const VILLAGES: [town: string, code: string, name: string, name_en: string, host: string][] = [
  ["FS", "QT", "桥头村", "Qiaotou", "桥头便民超市"],
  ["FS", "CD", "城东村", "Chengdong", "城东食堂"],
  ["LTA", "YWY", "燕窝垸村", "Yanwoyuan", "燕窝垸小卖部"],
  ["LTA", "SQ", "石桥村", "Shiqiao", "石桥废品回收点"],
  ["LTA", "FSW", "枫树湾村", "Fengshuwan", "枫树湾百货"],
  ["DHA", "HTL", "黄土岭村", "Huangtuling", "黄土岭小卖部"],
  ["DHA", "CY", "茶园冲村", "Chayuanchong", "茶园冲农家店"],
  ["DHA", "HA", "河岸村", "He'an", "河岸便民店"],
  ["JZH", "SRT", "圣人堂村", "Shengrentang", "圣人堂百货"],
  ["JZH", "LJF", "罗家畈村", "Luojiafan", "罗家畈食堂"],
  ["JZH", "FLW", "茯苓湾村", "Fulingwan", "茯苓湾小卖部"],
  ["SL", "ZZS", "錾字石村", "Zanzishi", "錾字石便民店"],
  ["SL", "BLY", "板栗园村", "Banliyuan", "板栗园小卖部"],
  ["SL", "TBY", "屯兵堰村", "Tunbingyan", "屯兵堰回收点"],
  ["HP", "BDF", "薄刀峰村", "Bodaofeng", "薄刀峰山货店"],
  ["HP", "XWC", "新屋冲村", "Xinwuchong", "新屋冲小卖部"],
  ["SLF", "WQ", "温泉村", "Wenquan", "温泉农家店"],
  ["SLF", "HSY", "黑山羊村", "Heishanyang", "黑山羊合作社门市"],
  ["SLF", "YL", "杨柳村", "Yangliu", "杨柳便民店"],
  ["KH", "GLC", "古楼冲村", "Gulouchong", "古楼冲小卖部"],
  ["KH", "KHK", "匡河口村", "Kuanghekou", "匡河口食堂"],
  ["KH", "SZ", "松树咀村", "Songshuzui", "松树咀百货"],
  ["BMH", "BMC", "白庙村", "Baimiao", "白庙便民店"],
  ["BMH", "DW", "大湾村", "Dawan", "大湾小卖部"],
  ["DQ", "DQS", "大崎山村", "Daqishan", "大崎山农家店"],
  ["DQ", "MC", "梅冲村", "Meichong", "梅冲回收点"],
  ["DQ", "LT", "柳塘村", "Liutang", "柳塘小卖部"],
  ["BLH", "SKY", "水库湾村", "Shuikuwan", "水库湾渔家店"],
  ["BLH", "LHC", "莲花村", "Lianhua", "莲花便民店"],
  ["PH", "PHC", "平湖村", "Pinghu", "平湖小卖部"],
  ["PH", "SB", "山背村", "Shanbei", "山背食堂"],
  ["PH", "ZJW", "詹家湾村", "Zhanjiawan", "詹家湾百货"],
]

/** The association's pickup rate: what a buyer pays for delivery to a station instead of ¥12 by courier. */
export const PICKUP_RATE = { currency_code: "cny", amount: 3 }

// The operators `npm start` gives logins: the hub, a town station and two village stations.
export const SEEDED_OPERATORS = ["FS-HUB", "SL", "SL-ZZS", "JZH-SRT"]

export type StationAccount = { station: string; email: string; password: string }
export const stationEmail = (code: string) => `${code.toLowerCase()}@stations.luotian.local`

/**
 * Seeds the network once: the county hub in Fengshan, a station in each of the 12 towns and townships, village stations
 * under them, and the association's pickup rate; then gives every seller the pickup delivery it lacks. A store that
 * has any station keeps its own network (later starts only add the pickup deliveries).
 */
export async function seedStations(container: MedusaContainer) {
  const stations = container.resolve<StationModuleService>(STATION_MODULE)
  if (!(await stations.listStationNetworkRates({ code: PICKUP_RATE_CODE })).length) {
    await stations.createStationNetworkRates({ code: PICKUP_RATE_CODE, ...PICKUP_RATE })
  }
  if (!(await stations.listStations({}, { take: 1 })).length) {
    const hub = await stations.createStations({
      code: "FS-HUB", kind: "county_hub", name: "罗田县电商物流中心", name_en: "Luotian county logistics hub",
      town: "凤山镇", town_en: "Fengshan", address: "凤山镇义水北路 1 号（示例地址）", hours: "08:00–18:00",
      operator_name: "罗田县电子商务协会", offers_buy_for: false, offers_cash: false, offers_pickup: false,
    } as any)
    const towns = await stations.createStations(TOWNS.map((town) => ({
      code: town.code, kind: "town", parent_id: hub.id, name: `${town.name}电商服务站`, name_en: `${town.name_en} town station`,
      town: town.name, town_en: town.name_en, address: `${town.name}政府街（示例地址）`, hours: "08:00–18:00",
      operator_name: `${town.name}供销社`, offers_buy_for: true, offers_sell_for: true,
    })) as any)
    const townOf = new Map(TOWNS.map((town, i) => [town.code, { ...town, id: towns[i].id }]))
    await stations.createStations(VILLAGES.map(([code, village, name, name_en, host]) => {
      const town = townOf.get(code)!
      return {
        code: `${code}-${village}`, kind: "village", parent_id: town.id, name: `${name}服务站`, name_en: `${name_en} village station`,
        town: town.name, town_en: town.name_en, village: name, village_en: name_en, address: `${town.name}${name}${host}`,
        hours: "07:30–20:00", operator_name: host, offers_buy_for: true, offers_sell_for: true,
      }
    }) as any)
  }
  const sellers = await container.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ status: "active" }, { select: ["id"] })
  for (const seller of sellers) await ensurePickupDeliveryWorkflow(container).run({ input: { seller_id: seller.id } })
}

/** Gives the seeded operators an owner login each, once, and writes them to `file` (readable by its owner only). */
export async function seedStationAccounts(container: MedusaContainer, file: string) {
  if (existsSync(file)) return
  const stations = container.resolve<StationModuleService>(STATION_MODULE)
  const auth = container.resolve(Modules.AUTH)
  const accounts: StationAccount[] = []
  for (const code of SEEDED_OPERATORS) {
    const [station] = await stations.listStations({ code })
    const email = stationEmail(code)
    if (!station || (await stations.listStationUsers({ email })).length) continue
    const password = randomBytes(9).toString("base64url")
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
    if (error || !authIdentity) throw new Error(`Could not register the station login ${email}: ${error}`)
    const owner = await stations.createStationUsers({ station_id: station.id, email, role: "owner" })
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { station_id: owner.id } })
    accounts.push({ station: code, email, password })
  }
  writeFileSync(file, JSON.stringify(accounts, null, 2), { mode: 0o600 })
}
