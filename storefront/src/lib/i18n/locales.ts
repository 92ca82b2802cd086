import { LOCALES, type Locale } from "@luotian/contract"

export { LOCALES, type Locale }
export const DEFAULT_LOCALE: Locale = "zh-CN"

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)

/** Picks the Chinese or the English form of a bilingual value. */
export const pick = (locale: Locale, zh: string, en: string | null | undefined) => (locale === "en" && en ? en : zh)
