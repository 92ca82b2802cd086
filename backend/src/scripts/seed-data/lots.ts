import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GRADING_MODULE } from "../../modules/grading"
import { currentStandard } from "../../modules/grading/current"
import type GradingModuleService from "../../modules/grading/service"
import { LOT_MODULE } from "../../modules/lot"
import { certificateNumber, COMMITMENTS } from "../../modules/lot/certificates"
import { lotPrefix, nextLotCode, packsQuantity, suppliesProblem } from "../../modules/lot/rules"
import type LotModuleService from "../../modules/lot/service"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { PRODUCTS, type SeedProduct } from "./products"
import { SELLERS } from "./sellers"
import { SAMPLE_LOTS } from "./standards"

// Each seeded listing's lots, so that a newcomer can print a label and scan it right after `npm start`: the member
// households who supplied them (made-up people with made-up ID numbers), the association's inspection of each lot,
// the receipts that brought the listing's seeded stock (recorded beside the stock the catalogue put on sale, so it
// is never counted twice) and a compliance certificate. Dates count back from the day of seeding, and inspections
// are dated then, so the seller's latest inspection stays the one that backs its listings' grades. Written in bulk,
// as the catalogue's approved listings are: every HTTP suite seeds a store, and a lot at a time through the
// workflows took seconds (seed.spec.ts checks that what is written holds to the modules' rules).

const DAY = 24 * 60 * 60 * 1000
const SURNAMES = ["程", "汪", "陈", "胡", "方", "叶", "李", "张"]
const GIVEN = ["桂兰", "德胜", "秀英", "建国", "春华", "志强", "翠萍", "金山"]
const VILLAGES: Record<string, string[]> = {
  胜利镇: ["屯兵堰村", "錾字石村"],
  三里畈镇: ["汪家冲村", "七道河村"],
  九资河镇: ["圣人堂村", "罗家畈村"],
  匡河镇: ["凉亭河村", "匡河村"],
  凤山镇: ["落梅河村", "新桥村"],
}
// Cooperatives and the enterprise: eight supplying households each (five or more, so the trace shows how many);
// a family farm: its two households, a count the trace keeps to itself.
const householdsOf = (type: string) => (type === "household" ? 2 : 8)

type Kind = "harvest" | "slaughter" | "processing"
const CATEGORY_LOTS: Record<string, { kind: Kind; age: number; keeps: number; storage: string; inputs: string[]; basis: string[] }> = {
  chestnut: { kind: "harvest", age: 40, keeps: 120, storage: "0–4℃冷藏", inputs: ["有机肥", "人工除草"], basis: ["self_test"] },
  "black-goat": { kind: "slaughter", age: 10, keeps: 180, storage: "-18℃冷冻", inputs: ["山林放养", "玉米秸秆青贮饲料"], basis: ["commissioned_test"] },
  herbs: { kind: "processing", age: 60, keeps: 730, storage: "阴凉干燥处，防潮防蛀", inputs: ["松木段栽培", "自然晾晒"], basis: ["self_test", "internal_control"] },
  tea: { kind: "harvest", age: 200, keeps: 540, storage: "密封、避光、防潮，0–5℃冷藏更佳", inputs: ["有机肥", "人工采摘"], basis: ["internal_control"] },
}

/** A made-up resident ID number of Luotian (421123) with its GB 11643-1999 check character. */
function idNumber(n: number) {
  const body = `421123${1960 + (n % 30)}0${1 + (n % 9)}1${n % 10}${String(100 + n).padStart(3, "0")}`
  const sum = [...body].reduce((total, d, i) => total + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i]!, 0)
  return body + "10X98765432"[sum % 11]
}

/** Seeds the sellers' member households and every listing's lots once: a store that has a lot keeps its own. */
export async function seedLots(container: MedusaContainer) {
  const lots = container.resolve<LotModuleService>(LOT_MODULE)
  if ((await lots.listLots({}, { take: 1 })).length) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers } = await query.graph({ entity: "seller", fields: ["id", "handle", "name", "type", "town", "members.id"], filters: { handle: SELLERS.map((s) => s.handle) } })
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle", "title", "variants.id", "variants.sku"], filters: { handle: PRODUCTS.map((p) => p.handle) } })
  const members = await seedMembers(container, sellers)
  const taken = new Map<string, string[]>()
  const planned = PRODUCTS.flatMap((seed) => {
    const product = products.find((p: any) => p.handle === seed.handle) as any
    const seller = sellers.find((s: any) => s.handle === seed.seller) as any
    if (!product || !seller) return []
    if (!taken.has(seller.id)) taken.set(seller.id, [])
    return shares(seed).map((share) => plan({ seed, product, seller, households: members.get(seller.id)!, codes: taken.get(seller.id)!, ...share }))
  })
  const inspections = await seedInspections(container, planned)
  const created: { id: string }[] = await lots.createLots(planned.map((p, i) => ({ ...p.lot, inspection_id: inspections[i]!.id })) as any[])
  const of = <T>(rows: (p: Planned) => T[]) => planned.flatMap((p, i) => rows(p).map((row) => ({ ...row, lot_id: created[i]!.id })))
  await lots.createLotSupplies(of((p) => p.supplies) as any)
  await lots.createLotReceipts(of((p) => p.receipts) as any)
  await lots.createCertificates(of((p) => [p.certificate]) as any)
  return created.length
}

/** A listing with much stock has an older and a newer lot (40 % and 60 % of each size's packs): FEFO to show. */
function shares(seed: SeedProduct) {
  const packs = seed.sizes.reduce((n, size) => n + size.stock, 0)
  if (packs < 300) return [{ older: 0, part: 1 }]
  return [{ older: 30, part: 0.4 }, { older: 0, part: 0.6 }]
}

async function seedMembers(container: MedusaContainer, sellers: any[]) {
  const service = container.resolve<SellerModuleService>(SELLER_MODULE)
  const members = new Map<string, string[]>()
  let n = 0
  for (const seller of sellers) {
    const villages = VILLAGES[seller.town] ?? ["本村"]
    const have: string[] = (seller.members ?? []).map((m: any) => m.id)
    const added = await Promise.all(
      Array.from({ length: Math.max(0, householdsOf(seller.type) - have.length) }, (_, i) => {
        const k = n++
        return service.addMember({
          seller_id: seller.id,
          name: `${SURNAMES[k % SURNAMES.length]}${GIVEN[(k * 3) % GIVEN.length]}`,
          village: villages[i % villages.length]!,
          phone: `139071${String(30000 + k).padStart(5, "0")}`,
          id_number: idNumber(k),
          poor_household: seller.type === "enterprise" || i % 3 === 0,
          joined_at: new Date(Date.UTC(2012 + (i % 10), i % 12, 1)),
        })
      })
    )
    members.set(seller.id, [...have, ...added.map((m) => m.id)])
  }
  return members
}

type LotSeed = { seed: SeedProduct; product: any; seller: any; households: string[]; codes: string[]; older: number; part: number }
type Planned = ReturnType<typeof plan>

/** One lot as its seller records, receives and certifies it, and what the association measured of it. */
function plan({ seed, product, seller, households, codes, older, part }: LotSeed) {
  const how = CATEGORY_LOTS[seed.category]!
  const produced = new Date(Math.floor((Date.now() - (how.age + older) * DAY) / DAY) * DAY)
  const code = nextLotCode(lotPrefix(seller.handle), produced, codes)
  codes.push(code)
  const variantOf = new Map(product.variants.map((v: any) => [v.sku, v.id]))
  const packs = seed.sizes.map((size) => ({ size, packs: Math.round(size.stock * part) })).filter(({ packs }) => packs > 0)
  const grams = packs.reduce((sum, { size, packs }) => sum + size.net_weight_g * packs, 0)
  // What was received and a tenth more, still to pack, in whole kilograms; nine tenths of it from the households.
  const quantity = String(Math.max(10, Math.ceil((grams * 1.1) / 1000)))
  const each = Math.floor((Number(quantity) * 0.9) / households.length)
  const supplies = each > 0 ? households.map((member_id) => ({ member_id, quantity: String(each) })) : []
  const problem = suppliesProblem(quantity, supplies)
  if (problem) throw new Error(`Seed lot ${code}: ${problem}`)
  const village = VILLAGES[seller.town]?.[0] ?? null
  return {
    category: seed.category,
    measurements: SAMPLE_LOTS[seed.category]![seed.grade]!,
    inspected_at: new Date(produced.getTime() + DAY),
    lot: {
      seller_id: seller.id, product_id: product.id, code, kind: how.kind, produced_on: produced, town: seller.town, village, quantity,
      unit: "kg", storage: how.storage, best_before: new Date(produced.getTime() + how.keeps * DAY), inputs: how.inputs,
    },
    supplies,
    receipts: packs.map(({ size, packs }) => ({ variant_id: variantOf.get(size.sku), packs, quantity: packsQuantity("kg", size.net_weight_g, packs).toString() })),
    certificate: {
      number: certificateNumber(code, 0), product_name: product.title, quantity, unit: "kg", producer_name: seller.name,
      producer_origin: ["罗田县", seller.town, village].filter(Boolean).join(" "),
      producer_contact: `0713-50${String(SELLERS.findIndex((s) => s.handle === seller.handle) + 1).padStart(2, "0")}${String(100 + codes.length).slice(-3)}`,
      issued_at: new Date(produced.getTime() + 2 * DAY), commitments: [...COMMITMENTS], basis: how.basis, supersedes_id: null, issued_by: "seed",
    },
  }
}

/** Each lot's inspection, graded under its category's standard in force as the association's own are. */
async function seedInspections(container: MedusaContainer, planned: Planned[]) {
  const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const standards = new Map<string, any>()
  for (const category of new Set(planned.map((p) => p.category))) standards.set(category, await currentStandard(query, category))
  const created: { id: string }[] = await grading.createInspections(
    planned.map((p) => ({
      seller_id: p.lot.seller_id,
      category: p.category,
      lot: p.lot.code,
      measurements: p.measurements,
      computed_grade: grading.gradeLot(standards.get(p.category), p.measurements).grade?.code ?? null,
      inspector_id: "seed",
      inspector_name: "罗田县电子商务协会质检组 Brand association inspection team",
      inspected_at: p.inspected_at,
      standard_id: standards.get(p.category).id,
    })) as any[]
  )
  return created
}
