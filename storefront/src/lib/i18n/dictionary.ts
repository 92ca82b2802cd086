import type { Locale } from "./locales"

const zh = {
  siteName: "罗田县域特产旗舰店",
  siteTagline: "大别山里的合作社好物，一个县域品牌",
  nav: { products: "全部商品" },
  switchTo: "English",
  storyTitle: "大别山里的罗田好物",
  story: [
    "罗田县位于湖北大别山南麓，板栗、黑山羊、九资河茯苓和高山绿茶是这里的特产。",
    "2014年到2016年，全县网上销售额从2050万元增长到8.1亿元，180个村级电商服务站把山里的农产品送进城市；到2016年底，22177户、72137人通过产业和电商脱贫。",
    "如今，合作社、龙头企业和农户在同一个县域品牌下销售，由品牌协会统一分级、统一名称和价格。",
  ],
  categoriesTitle: "四大特产",
  featuredTitle: "精选特级好货",
  allProducts: "查看全部商品",
  searchLabel: "搜索商品",
  searchPlaceholder: "搜索：板栗、茯苓、黑山羊、绿茶…",
  searchButton: "搜索",
  results: (count: number) => `共 ${count} 件商品`,
  noResults: "没有找到相关商品，换个关键词试试。",
  allCategories: "全部分类",
  categoryFilter: "按分类筛选",
  pager: { label: "分页", previous: "上一页", next: "下一页", position: (page: number, pages: number) => `第 ${page} / ${pages} 页` },
  perKg: "千克",
  netWeight: "净含量",
  outOfStock: "暂时缺货",
  sellerTypes: { cooperative: "合作社", enterprise: "龙头企业", household: "农户" } as Record<string, string>,
  backendDown: "商城暂时无法连接，请稍后再试。",
  footer: "罗田县电子商务协会 · 统一品牌 · 分级销售",
}

export type Dictionary = typeof zh

const en: Dictionary = {
  siteName: "Luotian County Flagship Store",
  siteTagline: "Cooperative produce from the Dabie Mountains, one county brand",
  nav: { products: "All products" },
  switchTo: "中文",
  storyTitle: "Luotian specialties from the Dabie Mountains",
  story: [
    "Luotian County lies on the southern slopes of the Dabie Mountains in Hubei. Its specialties are chestnuts, black goat, Jiuzihe Poria and high-mountain green tea.",
    "From 2014 to 2016 the county's online sales grew from 20.5 million to 810 million yuan, and 180 village service stations carried mountain produce to the cities; by the end of 2016, 22,177 households (72,137 people) had left poverty through farming and e-commerce.",
    "Today cooperatives, leading enterprises and households sell under one county brand, with grades, names and prices set by the brand association.",
  ],
  categoriesTitle: "Four specialties",
  featuredTitle: "Premium picks",
  allProducts: "See all products",
  searchLabel: "Search products",
  searchPlaceholder: "Search: chestnut, Poria, black goat, tea…",
  searchButton: "Search",
  results: (count: number) => `${count} product${count === 1 ? "" : "s"}`,
  noResults: "Nothing found. Try another word.",
  allCategories: "All categories",
  categoryFilter: "Filter by category",
  pager: { label: "Pages", previous: "Previous", next: "Next", position: (page: number, pages: number) => `Page ${page} of ${pages}` },
  perKg: "kg",
  netWeight: "Net weight",
  outOfStock: "Out of stock",
  sellerTypes: { cooperative: "Cooperative", enterprise: "Leading enterprise", household: "Household" },
  backendDown: "The store cannot be reached right now. Please try again shortly.",
  footer: "Luotian County E-commerce Association · one brand · graded produce",
}

export const dictionary = (locale: Locale): Dictionary => (locale === "en" ? en : zh)
