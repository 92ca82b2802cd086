import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import { PRODUCTS } from "./products"

type Kind = "scenic_spot" | "guesthouse" | "venue"
type SeedPoint = {
  code: string
  kind: Kind
  name: string
  name_en: string
  town: string
  town_en: string
  story: string
  story_en: string
  referral_rate?: string
  // The product lines (seed-data/products.ts keys) on its shelf, every grade of each.
  shelf: string[]
}

const spot = (p: Omit<SeedPoint, "kind">): SeedPoint => ({ kind: "scenic_spot", ...p })
const house = (code: string, name: string, name_en: string, town: [string, string], shelf: string[]): SeedPoint => ({
  code,
  kind: "guesthouse",
  name,
  name_en,
  town: town[0],
  town_en: town[1],
  story: `${name}：山里人家的民宿，早餐桌上就是这些本地特产。`,
  story_en: `${name_en}: a family guesthouse in the hills whose breakfast table serves these local products.`,
  shelf,
})

const TIANTANGZHAI: [string, string] = ["九资河镇", "Jiuzihe"]
const SANLIFAN: [string, string] = ["三里畈镇", "Sanlifan"]
const DAHEAN: [string, string] = ["大河岸镇", "Dahe'an"]
const SHENGLI: [string, string] = ["胜利镇", "Shengli"]
const FENGSHAN: [string, string] = ["凤山镇", "Fengshan"]

// The county's five scenic spots (../shared/domain/luotian.md) and a dozen guesthouses (民宿) near them.
export const PARTNER_POINTS: SeedPoint[] = [
  spot({
    code: "tiantangzhai", name: "天堂寨", name_en: "Tiantangzhai", town: TIANTANGZHAI[0], town_en: TIANTANGZHAI[1],
    story: "大别山主峰，海拔 1729 米，与安徽英山交界。山下的板栗、云雾茶和茯苓，尝过就能带回家。",
    story_en: "The main peak of the Dabie Mountains, 1,729 m, on the border with Yingshan. Take home the chestnuts, cloud tea and Poria you tasted below it.",
    referral_rate: "0.03",
    shelf: ["fresh-chestnut", "roasted-chestnut", "cloud-tea", "poria-slices"],
  }),
  spot({
    code: "bodaofeng", name: "薄刀峰", name_en: "Bodaofeng", town: "河铺镇", town_en: "Hepu",
    story: "刀削般的山脊与云海。山里的毛尖和板栗零食，是登山路上的味道。",
    story_en: "A knife-edge ridge above a sea of clouds. Maojian tea and chestnut snacks are the taste of the climb.",
    referral_rate: "0.03",
    shelf: ["maojian", "chestnut-snack", "chestnut-kernels"],
  }),
  spot({
    code: "sanlifan-hot-springs", name: "三里畈温泉", name_en: "Sanlifan hot springs", town: SANLIFAN[0], town_en: SANLIFAN[1],
    story: "泡完温泉，来一碗黑山羊汤：三里畈的黑山羊，冷链送到你家。",
    story_en: "After the hot springs, a bowl of black goat soup: Sanlifan's black goat, delivered home by cold chain.",
    shelf: ["goat-leg", "goat-ribs", "goat-rolls", "stir-fried-green"],
  }),
  spot({
    code: "dahean", name: "大河岸旅游区", name_en: "Dahe'an tourist area", town: DAHEAN[0], town_en: DAHEAN[1],
    story: "河岸边的农家与茶园：这里品过的绿茶和板栗，扫码带走。",
    story_en: "Farmhouses and tea gardens along the river: scan to take home the green tea and chestnuts tasted here.",
    shelf: ["stir-fried-green", "old-tree-chestnut", "tea-gift"],
  }),
  spot({
    code: "county-museum", name: "罗田县博物馆", name_en: "Luotian County Museum", town: FENGSHAN[0], town_en: FENGSHAN[1],
    story: "县城凤山的博物馆讲述罗田板栗与九资河茯苓的历史；展柜里的特产都可以在这里买到。",
    story_en: "The museum in Fengshan tells the history of Luotian chestnuts and Jiuzihe Poria; every product in its cases can be bought here.",
    shelf: ["old-tree-chestnut", "poria-whole", "gastrodia", "tea-gift"],
  }),
  house("ttz-yunjian", "云涧山居", "Yunjian mountain lodge", TIANTANGZHAI, ["fresh-chestnut", "cloud-tea"]),
  house("ttz-songtao", "松涛农家", "Songtao farmhouse", TIANTANGZHAI, ["roasted-chestnut", "poria-slices", "family-poria-slices"]),
  house("ttz-xiagu", "峡谷人家", "Canyon family inn", TIANTANGZHAI, ["goat-skewers", "cloud-tea"]),
  house("jzh-fuling", "茯苓小院", "Poria courtyard", TIANTANGZHAI, ["poria-cubes", "poria-powder", "family-poria-chunks"]),
  house("bdf-yunhai", "云海客栈", "Sea of Clouds inn", ["河铺镇", "Hepu"], ["maojian", "chestnut-snack"]),
  house("bdf-shanju", "刀峰山居", "Ridge lodge", ["河铺镇", "Hepu"], ["maojian", "goat-rolls"]),
  house("slf-wenquan", "温泉人家", "Hot spring family inn", SANLIFAN, ["goat-ribs", "goat-half"]),
  house("slf-heishan", "黑山羊庄园", "Black goat farmstay", SANLIFAN, ["goat-leg", "goat-spine"]),
  house("dha-hean", "河岸茶舍", "Riverside tea house", DAHEAN, ["stir-fried-green", "tea-gift"]),
  house("dha-liyuan", "栗园民宿", "Chestnut grove guesthouse", DAHEAN, ["old-tree-chestnut", "chestnut-kernels"]),
  house("sl-banli", "板栗之乡民宿", "Chestnut country guesthouse", SHENGLI, ["fresh-chestnut", "chestnut-kernels", "platycodon"]),
  house("fs-laojie", "老街客栈", "Old street inn", FENGSHAN, ["roasted-chestnut", "cloud-tea", "gastrodia"]),
]

/** Seeds the partner points and their shelves once: a store that has any point keeps its own. */
export async function seedPartners(container: MedusaContainer) {
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  if ((await partners.listPartnerPoints({}, { take: 1 })).length) return 0
  const points = await partners.createPartnerPoints(PARTNER_POINTS.map(({ shelf, ...point }) => point))
  const handles = (lines: string[]) => PRODUCTS.filter((product) => lines.includes(product.name_code)).map((product) => product.handle)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: PRODUCTS.map((p) => p.handle) } })
  const idOf = new Map(products.map((product: any) => [product.handle, product.id as string]))
  const links = PARTNER_POINTS.flatMap((seed, i) =>
    handles(seed.shelf).flatMap((handle) => (idOf.has(handle) ? [{ [PARTNER_MODULE]: { partner_point_id: points[i].id }, [Modules.PRODUCT]: { product_id: idOf.get(handle) } }] : []))
  )
  await container.resolve(ContainerRegistrationKeys.LINK).create(links)
  return points.length
}
