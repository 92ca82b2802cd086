import type { Locale } from "./locales"

// Texts of the category and search pages and of the instant search box.
const zh = {
  searchTitle: (q: string) => `搜索“${q}”`,
  searchPage: "搜索",
  searching: "正在搜索…",
  retry: "重试",
  needsScript: "搜索结果需要浏览器启用 JavaScript。也可以按分类浏览全部商品：",
  categories: "分类",
  filters: "筛选",
  filtersChosen: (count: number) => (count ? `筛选（已选 ${count} 项）` : "筛选"),
  facets: { grade: "等级", seller: "卖家", town: "乡镇" },
  count: (count: number) => `${count} 件`,
  price: "价格",
  priceMin: "最低价（元）",
  priceMax: "最高价（元）",
  applyPrice: "按价格筛选",
  band: (from: number, to?: number) => (to === undefined ? `${from} 元以上` : from ? `${from}–${to} 元` : `${to} 元以下`),
  priceRange: (min: string, max: string) => (min && max ? `¥${min}–¥${max}` : min ? `¥${min} 起` : `¥${max} 以内`),
  priceError: {
    format: (field: string) => `${field}请填写金额数字，例如 50 或 49.9。`,
    order: "最低价不能高于最高价，请改小最低价或改大最高价。",
  },
  priceIgnored: "价格条件有误，暂未按价格筛选。",
  inStock: "只看有货",
  sort: {
    label: "排序",
    relevance: "综合",
    // A product's price is its lowest pack size's price, so the sort says so.
    price_asc: "价格从低到高（按最低规格价）",
    price_desc: "价格从高到低（按最低规格价）",
    newest: "最新上架",
  },
  active: "已选条件",
  filter: (title: string, value: string) => `${title}：${value}`,
  remove: (label: string) => `移除条件：${label}`,
  clearAll: "清除全部筛选",
  category: "分类",
  suggestions: "搜索建议",
  // {n} is replaced in the browser (a client component cannot receive functions).
  suggestionCount: "{n} 条建议，可用上下方向键选择",
  noSuggestions: "没有匹配的商品建议，按回车搜索全部",
}

export type SearchDictionary = typeof zh

const en: SearchDictionary = {
  searchTitle: (q: string) => `Search: “${q}”`,
  searchPage: "Search",
  searching: "Searching…",
  retry: "Try again",
  needsScript: "Search results need JavaScript in your browser. You can also browse every product by category:",
  categories: "Categories",
  filters: "Filters",
  filtersChosen: (count: number) => (count ? `Filters (${count} chosen)` : "Filters"),
  facets: { grade: "Grade", seller: "Seller", town: "Town" },
  count: (count: number) => `${count} product${count === 1 ? "" : "s"}`,
  price: "Price",
  priceMin: "Lowest price (yuan)",
  priceMax: "Highest price (yuan)",
  applyPrice: "Filter by price",
  band: (from: number, to?: number) => (to === undefined ? `CN¥${from} and up` : from ? `CN¥${from}–${to}` : `Under CN¥${to}`),
  priceRange: (min: string, max: string) => (min && max ? `CN¥${min}–${max}` : min ? `From CN¥${min}` : `Up to CN¥${max}`),
  priceError: {
    format: (field: string) => `${field}: enter an amount in digits, e.g. 50 or 49.9.`,
    order: "The lowest price is above the highest price: lower the first or raise the second.",
  },
  priceIgnored: "The price range has a mistake, so prices are not filtered yet.",
  inStock: "In stock only",
  sort: {
    label: "Sort",
    relevance: "Best match",
    price_asc: "Price: low to high (lowest size price)",
    price_desc: "Price: high to low (lowest size price)",
    newest: "Newest",
  },
  active: "Chosen filters",
  filter: (title: string, value: string) => `${title}: ${value}`,
  remove: (label: string) => `Remove filter: ${label}`,
  clearAll: "Clear all filters",
  category: "Category",
  suggestions: "Suggestions",
  suggestionCount: "{n} suggestions, use the up and down arrow keys",
  noSuggestions: "No product suggestions; press Enter to search everything",
}

export const searchDictionary = (locale: Locale): SearchDictionary => (locale === "en" ? en : zh)
