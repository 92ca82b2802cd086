/** The languages the store speaks, as its addresses name them (`/zh-CN/…`, `/en/…`); the first is the default. */
export const LOCALES = ["zh-CN", "en"] as const
export type Locale = (typeof LOCALES)[number]
