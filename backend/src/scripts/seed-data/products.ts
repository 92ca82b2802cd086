import { gtin13CheckDigit } from "@luotian/contract"
import { GradeCode, GRADES } from "./grades"
import { composeListingName } from "../../modules/listing/name"
import { CategoryHandle } from "./categories"
import { SellerHandle } from "./sellers"

// A product line of one seller; each grade of it becomes one product whose listed sizes are its variants.
type Line = {
  key: string
  seller: SellerHandle
  category: CategoryHandle
  name: string
  name_en: string
  description: string
  description_en: string
  // [grade, net weight in grams, price in CNY, stock]
  listings: [GradeCode, number, number, number][]
}

export const LINES: Line[] = [
  {
    key: "fresh-chestnut",
    seller: "shengli-chestnut-coop",
    category: "chestnut",
    name: "罗田鲜板栗",
    name_en: "Luotian fresh chestnuts",
    description: "大别山南麓胜利镇当季鲜栗，果大饱满，糯甜。冷藏可保存一个月。",
    description_en: "Fresh-season chestnuts from Shengli on the southern slopes of the Dabie Mountains: large, full and sweet. Keeps a month refrigerated.",
    listings: [["special", 2500, 88, 300], ["first", 2500, 68, 420], ["second", 5000, 99, 260], ["special", 5000, 168, 120], ["special", 1500, 78, 80]],
  },
  {
    key: "chestnut-kernels",
    seller: "shengli-chestnut-coop",
    category: "chestnut",
    name: "罗田板栗仁",
    name_en: "Luotian peeled chestnut kernels",
    description: "去壳去衣的生栗仁，真空包装，可煲汤、焖饭、做点心。",
    description_en: "Raw kernels, shelled and skinned, vacuum-packed for soups, rice and pastries.",
    listings: [["special", 500, 29.5, 150], ["special", 1000, 59, 200], ["first", 1000, 45, 240]],
  },
  {
    key: "old-tree-chestnut",
    seller: "chen-family-chestnut",
    category: "chestnut",
    name: "老树鲜板栗",
    name_en: "Old-tree fresh chestnuts",
    description: "屯兵堰村六十年老栗树所结，农户手工挑拣。",
    description_en: "From sixty-year-old trees in Tunbingyan village, sorted by hand by the family.",
    listings: [["special", 2500, 92, 60], ["special", 5000, 184, 20], ["first", 5000, 128, 40]],
  },
  {
    key: "roasted-chestnut",
    seller: "daziran-biotech",
    category: "chestnut",
    name: "糖炒板栗",
    name_en: "Sugar-roasted chestnuts",
    description: "精选罗田板栗，传统砂糖翻炒，开袋即食。",
    description_en: "Selected Luotian chestnuts roasted the traditional way with sugar and sand; ready to eat.",
    listings: [["special", 500, 39, 500], ["first", 1000, 58, 350]],
  },
  {
    key: "chestnut-snack",
    seller: "daziran-biotech",
    category: "chestnut",
    name: "甘栗仁即食小包",
    name_en: "Ready-to-eat chestnut kernel snack packs",
    description: "十小袋装，每袋40克，香甜软糯，无添加防腐剂。",
    description_en: "Ten 40 g packs of sweet, soft kernels with no preservatives.",
    listings: [["special", 400, 36, 600]],
  },
  {
    key: "goat-leg",
    seller: "jinxiu-husbandry-coop",
    category: "black-goat",
    name: "罗田黑山羊羊腿",
    name_en: "Luotian black goat leg",
    description: "山林散养黑山羊，带骨后腿，0–4℃冷链配送，附动物检疫合格证明。",
    description_en: "Bone-in hind leg of free-ranging black goat, shipped cold at 0–4 °C with its animal quarantine certificate.",
    listings: [["prime", 1000, 149, 30], ["prime", 2000, 298, 40], ["choice", 2000, 258, 60]],
  },
  {
    key: "goat-ribs",
    seller: "jinxiu-husbandry-coop",
    category: "black-goat",
    name: "罗田黑山羊羊排",
    name_en: "Luotian black goat ribs",
    description: "肋排切段，适合红烧、炖汤，冷链配送。",
    description_en: "Rib pieces for braising or soup, shipped in the cold chain.",
    listings: [["prime", 1500, 238, 50], ["choice", 1500, 198, 70], ["good", 1500, 168, 90]],
  },
  {
    key: "goat-rolls",
    seller: "jinxiu-husbandry-coop",
    category: "black-goat",
    name: "黑山羊羊肉卷",
    name_en: "Black goat hot-pot slices",
    description: "羊肉切卷，火锅涮食，冷冻保存。",
    description_en: "Thin rolls for hot pot, kept frozen.",
    listings: [["choice", 1000, 138, 120], ["good", 1000, 118, 150]],
  },
  {
    key: "goat-half",
    seller: "jinxiu-husbandry-coop",
    category: "black-goat",
    name: "黑山羊半边羊",
    name_en: "Black goat half carcass",
    description: "半边胴体约10千克，分割真空包装，适合家庭聚餐与餐馆。",
    description_en: "About 10 kg of half carcass, cut and vacuum-packed, for family feasts and restaurants.",
    listings: [["prime", 10000, 1380, 12]],
  },
  {
    key: "goat-spine",
    seller: "jinxiu-husbandry-coop",
    category: "black-goat",
    name: "黑山羊羊蝎子",
    name_en: "Black goat spine for hot pot",
    description: "带肉羊脊骨，炖煮火锅皆宜。",
    description_en: "Meaty goat spine for stews and hot pot.",
    listings: [["good", 2000, 156, 80]],
  },
  {
    key: "goat-skewers",
    seller: "jinxiu-husbandry-coop",
    category: "black-goat",
    name: "黑山羊羊肉串",
    name_en: "Black goat skewers",
    description: "腿肉穿串，约50串，冷冻配送。",
    description_en: "About 50 skewers of leg meat, shipped frozen.",
    listings: [["choice", 1000, 128, 100]],
  },
  {
    key: "poria-slices",
    seller: "jiuzihe-poria-coop",
    category: "herbs",
    name: "九资河茯苓片",
    name_en: "Jiuzihe Poria slices",
    description: "地理标志产品九资河茯苓，切片晒干，断面洁白细腻。",
    description_en: "Geographical-indication Jiuzihe Poria, sliced and sun-dried, with a fine white cross-section.",
    listings: [["select-1", 250, 39, 120], ["select-1", 500, 78, 200], ["select-2", 500, 58, 260], ["bulk", 1000, 88, 180]],
  },
  {
    key: "poria-cubes",
    seller: "jiuzihe-poria-coop",
    category: "herbs",
    name: "九资河白苓丁",
    name_en: "Jiuzihe white Poria cubes",
    description: "白苓切丁，煲汤煮粥方便。",
    description_en: "White Poria cut into cubes for soups and congee.",
    listings: [["select-1", 500, 68, 220], ["bulk", 1000, 76, 160]],
  },
  {
    key: "poria-whole",
    seller: "jiuzihe-poria-coop",
    category: "herbs",
    name: "九资河个苓",
    name_en: "Jiuzihe whole Poria",
    description: "整个茯苓，体重坚实，外皮棕褐色细皱。",
    description_en: "Whole Poria: heavy and firm, with finely wrinkled brown skin.",
    listings: [["select-1", 1000, 138, 0]],
  },
  {
    key: "gastrodia",
    seller: "jiuzihe-poria-coop",
    category: "herbs",
    name: "大别山天麻",
    name_en: "Dabie Mountain gastrodia",
    description: "林下仿野生种植天麻，切片干制。",
    description_en: "Gastrodia grown wild-simulated under the forest, sliced and dried.",
    listings: [["select-1", 250, 128, 90]],
  },
  {
    key: "platycodon",
    seller: "jiuzihe-poria-coop",
    category: "herbs",
    name: "罗田桔梗",
    name_en: "Luotian balloon-flower root",
    description: "桔梗干片，可入菜入药。",
    description_en: "Dried balloon-flower root slices for cooking and remedies.",
    listings: [["bulk", 500, 45, 140]],
  },
  {
    key: "family-poria-slices",
    seller: "wang-family-herbs",
    category: "herbs",
    name: "农家茯苓片",
    name_en: "Farmhouse Poria slices",
    description: "圣人堂村农户松木段栽培，自家晾晒切片。",
    description_en: "Grown on pine logs by a Shengrentang household, dried and sliced at home.",
    listings: [["select-1", 250, 42, 50]],
  },
  {
    key: "family-poria-chunks",
    seller: "wang-family-herbs",
    category: "herbs",
    name: "农家茯苓块",
    name_en: "Farmhouse Poria chunks",
    description: "统货茯苓块，煲汤实惠。",
    description_en: "Ungraded Poria chunks, good value for soups.",
    listings: [["bulk", 500, 39, 70]],
  },
  {
    key: "poria-powder",
    seller: "daziran-biotech",
    category: "herbs",
    name: "茯苓粉",
    name_en: "Poria powder",
    description: "九资河茯苓研磨成粉，冲调或做糕点。",
    description_en: "Jiuzihe Poria ground to powder for drinks and pastries.",
    listings: [["select-2", 300, 49, 300]],
  },
  {
    key: "cloud-tea",
    seller: "dabie-cloud-tea-coop",
    category: "tea",
    name: "大别山云雾绿茶",
    name_en: "Dabie Mountain cloud-mist green tea",
    description: "高山云雾茶园，清明前后采摘，栗香浓郁。",
    description_en: "From misty high-mountain gardens, picked around Qingming, with a chestnut-like aroma.",
    listings: [["special", 125, 134, 60], ["special", 250, 268, 80], ["first", 250, 168, 120], ["second", 500, 198, 150]],
  },
  {
    key: "maojian",
    seller: "dabie-cloud-tea-coop",
    category: "tea",
    name: "明前毛尖",
    name_en: "Pre-Qingming Maojian",
    description: "明前嫩芽，条索紧细，汤色嫩绿明亮。",
    description_en: "Tender pre-Qingming buds, tightly rolled, brewing a bright green liquor.",
    listings: [["special", 100, 138, 100], ["first", 250, 188, 90], ["second", 250, 98, 130]],
  },
  {
    key: "stir-fried-green",
    seller: "dabie-cloud-tea-coop",
    category: "tea",
    name: "高山炒青",
    name_en: "High-mountain pan-fired green tea",
    description: "传统锅炒工艺，耐泡，适合日常饮用。",
    description_en: "Pan-fired the traditional way; brews many times, for every day.",
    listings: [["first", 500, 138, 160], ["second", 500, 88, 200]],
  },
  {
    key: "tea-gift",
    seller: "daziran-biotech",
    category: "tea",
    name: "罗田绿茶礼盒",
    name_en: "Luotian green tea gift box",
    description: "两罐装特级绿茶礼盒，附承诺达标合格证。",
    description_en: "Gift box of two tins of premium green tea, with its compliance certificate.",
    listings: [["special", 200, 198, 70]],
  },
]

export type SeedSize = { net_weight_g: number; price_cny: number; stock: number; sku: string; gtin: string }

export type SeedProduct = {
  handle: string
  title: string
  title_en: string
  // The association's unified product name the title is composed from.
  name_code: string
  name_zh: string
  name_en: string
  description: string
  description_en: string
  seller: SellerHandle
  category: CategoryHandle
  grade: GradeCode
  // Lightest first.
  sizes: SeedSize[]
}

// A made-up GTIN-13 under China's GS1 prefix 690 with a valid check digit: line, grade and size give the item number.
const gtin = (line: number, grade: number, size: number) => {
  const first12 = `690${String(line).padStart(3, "0")}${String(grade).padStart(2, "0")}${String(size).padStart(4, "0")}`
  return first12 + gtin13CheckDigit(first12)
}

// One product per line and grade, its pack sizes as variants.
export const PRODUCTS: SeedProduct[] = LINES.flatMap((line, l) => {
  const grades = [...new Set(line.listings.map(([grade]) => grade))]
  return grades.map((grade, g) => {
    const handle = `${line.key}-${grade}`
    const sizes = line.listings
      .filter(([code]) => code === grade)
      .map(([, grams, price, stock]) => ({ net_weight_g: grams, price_cny: price, stock, sku: `${handle}-${grams}g`.toUpperCase(), gtin: gtin(l, g, grams % 10_000) }))
      .sort((a, b) => a.net_weight_g - b.net_weight_g)
    return {
      handle,
      ...composeListingName({ zh: line.name, en: line.name_en }, GRADES[grade]),
      name_code: line.key,
      name_zh: line.name,
      name_en: line.name_en,
      description: line.description,
      description_en: line.description_en,
      seller: line.seller,
      category: line.category,
      grade,
      sizes,
    }
  })
})
