import { TOWNS } from "@luotian/contract"

// The association's geographical indications per category (see modules/lot/gi.ts): the unified names each covers,
// the towns of its registered area and the grades of the association's standard that meet the GI's. As seeded for the
// demo; the association keeps them in the category's metadata. 罗田板栗 covers the county's towns; 九资河茯苓 seven.
const LUOTIAN_TOWNS = TOWNS.map((town) => town.name)
export const GEOGRAPHICAL_INDICATIONS: Record<string, object[]> = {
  chestnut: [
    { name: "罗田板栗", name_en: "Luotian chestnut", names: ["fresh-chestnut", "old-tree-chestnut"], towns: LUOTIAN_TOWNS, grades: ["special", "first"] },
  ],
  herbs: [
    {
      name: "九资河茯苓",
      name_en: "Jiuzihe Poria",
      names: ["poria-slices", "poria-cubes", "poria-whole", "family-poria-slices", "family-poria-chunks"],
      towns: ["九资河镇", "胜利镇", "河铺镇", "白庙河镇", "大河岸镇", "三里畈镇", "匡河镇"],
      grades: ["select-1", "select-2"],
    },
  ],
}

export const CATEGORIES = [
  { handle: "chestnut", name: "罗田板栗", name_en: "Luotian chestnut" },
  { handle: "black-goat", name: "罗田黑山羊", name_en: "Luotian black goat" },
  { handle: "herbs", name: "九资河茯苓与中药材", name_en: "Jiuzihe Poria and herbs" },
  { handle: "tea", name: "大别山绿茶", name_en: "Dabie Mountain green tea" },
] as const

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]

