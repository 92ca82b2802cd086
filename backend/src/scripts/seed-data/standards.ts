import type { StandardInput } from "../../modules/grading/schema"

// The association's grade standards as first seeded, from ../shared/domain/grades.md. Limits are inclusive; every
// criterion of a grade must hold. Where a national table was not available the association's own figures fill in,
// and the standard's name says so. Price bands are CNY per kg and contain every seeded listing's price per kg.

const pct = (attribute: string, label: string, label_en: string, limits: { min?: string; max?: string }) => ({
  attribute, label, label_en, unit: "%" as const, ...limits,
})

// Chestnut: GB/T 22346-2023 attributes. 一级/二级 take the regional specification's figures (its 特级 ≤ 120 nuts/kg
// and ≤ 2 %, its 一级 ≤ 145 and ≤ 6 %); 特级 is Luotian's large chestnut as local traders sell it, ≤ 40 nuts/kg.
// Only upper limits on the count: a lot of fewer, larger nuts meets a grade. No mould or insect damage in the top grades.
const shrivelled = (max: string) => pct("shrivelled_split_pct", "瘪粒与裂嘴果", "Shrivelled and split nuts", { max })
const mouldy = (max: string) => pct("mould_insect_pct", "霉烂与虫蛀果", "Mouldy and insect-damaged nuts", { max })
const nuts = (max: string) => ({ attribute: "nuts_per_kg", label: "每千克粒数", label_en: "Nuts", unit: "pcs/kg" as const, max })

export const CHESTNUT: StandardInput = {
  lineage: "chestnut-grades",
  category: "chestnut",
  code: "GB/T 22346-2023",
  name: "栗产品质量等级 · 罗田板栗（特级粒数由协会标准 LTBA-001 补充）",
  name_en: "Chestnut product quality grades · Luotian chestnut (premium nut count from the association's LTBA-001)",
  effective_from: "2023-10-01",
  grades: [
    { code: "special", name: "特级", name_en: "Premium grade", price_min: "30.00", price_max: "100.00", price_unit: "kg", criteria: [nuts("40"), shrivelled("2"), mouldy("0")] },
    { code: "first", name: "一级", name_en: "Grade 1", price_min: "20.00", price_max: "60.00", price_unit: "kg", criteria: [nuts("120"), shrivelled("2"), mouldy("0")] },
    { code: "second", name: "二级", name_en: "Grade 2", price_min: "12.00", price_max: "30.00", price_unit: "kg", criteria: [nuts("145"), shrivelled("6"), mouldy("1")] },
  ],
}

// Black goat: goat meat has little marbling, so the association grades carcasses on NY/T 630-2002's carcass weight and
// back fat (its 特等 ≥ 25 kg and 0.8 cm, 优等 ≥ 22 kg and 0.5 cm, 良好 ≥ 19 kg and 0.3 cm; 1.2 cm at most for all)
// and adds age limits of its own.
const goat = (kg: string, fat: string, months: string) => [
  { attribute: "carcass_weight_kg", label: "胴体重", label_en: "Carcass weight", unit: "kg" as const, min: kg },
  { attribute: "back_fat_cm", label: "第6肋背膘厚", label_en: "Back fat at the 6th rib", unit: "cm" as const, min: fat, max: "1.2" },
  { attribute: "age_months", label: "月龄", label_en: "Age", unit: "months" as const, max: months },
]

export const BLACK_GOAT: StandardInput = {
  lineage: "black-goat-grades",
  category: "black-goat",
  code: "LTBA-002",
  name: "罗田黑山羊胴体等级（协会标准，参照 NY/T 630-2002《羊肉质量分级》）",
  name_en: "Luotian black goat carcass grades (association standard after NY/T 630-2002 Mutton quality grading)",
  effective_from: "2024-03-01",
  grades: [
    { code: "prime", name: "特等", name_en: "Prime", price_min: "130.00", price_max: "200.00", price_unit: "kg", criteria: goat("25", "0.8", "24") },
    { code: "choice", name: "优等", name_en: "Choice", price_min: "110.00", price_max: "150.00", price_unit: "kg", criteria: goat("22", "0.5", "36") },
    { code: "good", name: "良好", name_en: "Good", price_min: "70.00", price_max: "125.00", price_unit: "kg", criteria: goat("19", "0.3", "48") },
  ],
}

// Poria: 选货 (sorted to a specification: 个苓, 茯苓片, 白苓丁 …) in 一等/二等 by how true to the specification the pieces
// are and how white and fine the cross-section; 统货 is unsorted. Moisture and ash limits after the Chinese
// Pharmacopoeia (2020) for 茯苓. The herbs category's other herbs (gastrodia) are graded on it too, hence the
// wide 选货一等 band.
const poriaLimits = [
  pct("moisture_pct", "水分", "Moisture", { max: "18" }),
  pct("ash_pct", "总灰分", "Total ash", { max: "2" }),
]
const sorted = (conform: string, white: string, broken: string) => [
  pct("spec_conformity_pct", "符合规格（大小、厚薄一致）", "Pieces true to the specification (size, thickness)", { min: conform }),
  pct("white_section_pct", "断面白色细腻", "White, fine cross-section", { min: white }),
  pct("broken_pct", "碎块与碎屑", "Broken pieces and crumbs", { max: broken }),
  ...poriaLimits,
]

export const HERBS: StandardInput = {
  lineage: "herbs-grades",
  category: "herbs",
  code: "LTBA-003",
  name: "九资河茯苓商品规格等级（协会标准：选货一等、选货二等、统货）",
  name_en: "Jiuzihe Poria commercial grades (association standard: select grade 1, select grade 2, ungraded bulk)",
  effective_from: "2024-03-01",
  grades: [
    { code: "select-1", name: "选货一等", name_en: "Select, grade 1", price_min: "120.00", price_max: "600.00", price_unit: "kg", criteria: sorted("95", "90", "3") },
    { code: "select-2", name: "选货二等", name_en: "Select, grade 2", price_min: "90.00", price_max: "200.00", price_unit: "kg", criteria: sorted("85", "75", "8") },
    { code: "bulk", name: "统货", name_en: "Ungraded bulk", price_min: "50.00", price_max: "120.00", price_unit: "kg", criteria: [pct("broken_pct", "碎块与碎屑", "Broken pieces and crumbs", { max: "15" }), ...poriaLimits] },
  ],
}

// Green tea: GB/T 14456.1 grades by sensory assessment of 8 factors (appearance: shape, evenness, colour, cleanliness;
// infusion: aroma, taste, liquor colour, infused leaf), here as a panel's total score out of 100 with the association's
// thresholds; the standard's chemistry limits hold for every grade.
const teaLimits = [
  pct("moisture_pct", "水分", "Moisture", { max: "7.0" }),
  pct("total_ash_pct", "总灰分", "Total ash", { max: "6.5" }),
  pct("water_extract_pct", "水浸出物", "Water extract", { min: "38" }),
  pct("crude_fibre_pct", "粗纤维", "Crude fibre", { max: "12" }),
]
const sensory = (min: string) => ({
  attribute: "sensory_score", label: "感官审评总分（外形与内质八项因子）", label_en: "Sensory score (8 factors of appearance and infusion)", unit: "points" as const, min,
})

export const TEA: StandardInput = {
  lineage: "tea-grades",
  category: "tea",
  code: "GB/T 14456.1-2017",
  name: "绿茶 第1部分：基本要求（感官评分分级线由协会设定）",
  name_en: "Green tea · Part 1: General requirements (sensory score thresholds set by the association)",
  effective_from: "2024-03-01",
  grades: [
    { code: "special", name: "特级", name_en: "Premium grade", price_min: "800.00", price_max: "1600.00", price_unit: "kg", criteria: [sensory("90"), ...teaLimits] },
    { code: "first", name: "一级", name_en: "Grade 1", price_min: "250.00", price_max: "800.00", price_unit: "kg", criteria: [sensory("85"), ...teaLimits] },
    { code: "second", name: "二级", name_en: "Grade 2", price_min: "150.00", price_max: "400.00", price_unit: "kg", criteria: [sensory("80"), ...teaLimits] },
  ],
}

export const STANDARDS = [CHESTNUT, BLACK_GOAT, HERBS, TEA]

// A lot that meets exactly the named grade (and no higher one), per category: what the seed's inspections measured.
export const SAMPLE_LOTS: Record<string, Record<string, Record<string, number>>> = {
  chestnut: {
    special: { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 },
    first: { nuts_per_kg: 96, shrivelled_split_pct: 1.8, mould_insect_pct: 0 },
    second: { nuts_per_kg: 132, shrivelled_split_pct: 4.5, mould_insect_pct: 0.5 },
  },
  "black-goat": {
    prime: { carcass_weight_kg: 26.5, back_fat_cm: 0.9, age_months: 20 },
    choice: { carcass_weight_kg: 23, back_fat_cm: 0.6, age_months: 30 },
    good: { carcass_weight_kg: 20, back_fat_cm: 0.4, age_months: 40 },
  },
  herbs: {
    "select-1": { spec_conformity_pct: 96, white_section_pct: 92, broken_pct: 2.5, moisture_pct: 14.5, ash_pct: 1.6 },
    "select-2": { spec_conformity_pct: 88, white_section_pct: 80, broken_pct: 6, moisture_pct: 15, ash_pct: 1.7 },
    bulk: { spec_conformity_pct: 70, white_section_pct: 60, broken_pct: 12, moisture_pct: 16, ash_pct: 1.8 },
  },
  tea: {
    special: { sensory_score: 92, moisture_pct: 6.2, total_ash_pct: 5.4, water_extract_pct: 41, crude_fibre_pct: 10.5 },
    first: { sensory_score: 87, moisture_pct: 6.5, total_ash_pct: 5.8, water_extract_pct: 40, crude_fibre_pct: 11 },
    second: { sensory_score: 81.5, moisture_pct: 6.8, total_ash_pct: 6, water_extract_pct: 39, crude_fibre_pct: 11.5 },
  },
}
