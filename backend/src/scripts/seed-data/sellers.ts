// Demo sellers, drawn from the county's public e-commerce case study (../shared/domain/luotian.md).
export const SELLERS = [
  {
    handle: "shengli-chestnut-coop",
    name: "罗田县胜利镇板栗专业合作社",
    name_en: "Shengli Town Chestnut Cooperative",
    type: "cooperative",
    town: "胜利镇",
    town_en: "Shengli",
    story:
      "合作社成立于2006年，1300户社员来自19个村，经营4000亩板栗基地，年产板栗2200吨，销售额超过769万元。",
    story_en:
      "Founded in 2006, the cooperative has 1,300 member households from 19 villages farming a 4,000-mu chestnut base: 2,200 t a year and over 7.69 million yuan in sales.",
  },
  {
    handle: "jinxiu-husbandry-coop",
    name: "湖北锦绣林牧专业合作社",
    name_en: "Hubei Jinxiu Forestry and Animal Husbandry Cooperative",
    type: "cooperative",
    town: "三里畈镇",
    town_en: "Sanlifan",
    story: "从5户农户发展到800多户社员，经营4000多亩草场和林地，年出栏罗田黑山羊45000只。",
    story_en:
      "Grown from 5 households to more than 800 members on 4,000+ mu of grassland and forest, raising 45,000 Luotian black goats a year.",
  },
  {
    handle: "jiuzihe-poria-coop",
    name: "罗田县九资河茯苓专业合作社",
    name_en: "Jiuzihe Poria Cooperative",
    type: "cooperative",
    town: "九资河镇",
    town_en: "Jiuzihe",
    story: "九资河茯苓是2007年起受保护的国家地理标志产品，产区覆盖罗田7个乡镇。",
    story_en: "Jiuzihe Poria has been a protected geographical-indication product since 2007, grown in 7 Luotian towns.",
  },
  {
    handle: "dabie-cloud-tea-coop",
    name: "罗田县大别山云雾茶专业合作社",
    name_en: "Dabie Mountain Cloud Tea Cooperative",
    type: "cooperative",
    town: "匡河镇",
    town_en: "Kuanghe",
    story: "大别山高山茶园，手工采摘，按国家绿茶标准分级。",
    story_en: "High-mountain tea gardens in the Dabie Mountains, hand-picked and graded by the national green tea standard.",
  },
  {
    handle: "daziran-biotech",
    name: "罗田大自然生物科技有限公司",
    name_en: "Daziran Biotechnology Co., Ltd.",
    type: "enterprise",
    town: "凤山镇",
    town_en: "Fengshan",
    story: "龙头企业，2015年开始电商经营，与336户贫困户签订帮扶协议，包销板栗、甜柿和蔬菜。",
    story_en:
      "A leading enterprise selling online since 2015, with support agreements with 336 poor households whose chestnuts, persimmons and vegetables it buys.",
  },
  {
    handle: "chen-family-chestnut",
    name: "陈家板栗（胜利镇家庭农户）",
    name_en: "Chen family chestnuts (Shengli household)",
    type: "household",
    town: "胜利镇",
    town_en: "Shengli",
    village: "屯兵堰村",
    village_en: "Tunbingyan village",
    story: "一家人照看三十亩老栗树，自己采收、自己挑选。",
    story_en: "One family tends thirty mu of old chestnut trees and picks and sorts every nut by hand.",
  },
  {
    handle: "wang-family-herbs",
    name: "汪家茯苓（九资河镇家庭农户）",
    name_en: "Wang family Poria (Jiuzihe household)",
    type: "household",
    town: "九资河镇",
    town_en: "Jiuzihe",
    village: "圣人堂村",
    village_en: "Shengrentang village",
    story: "祖传的松木段栽培茯苓，晾晒切制都在自家完成。",
    story_en: "Poria grown on pine logs as the family always has, dried and cut at home.",
  },
] as const

export type SellerHandle = (typeof SELLERS)[number]["handle"]
