import type { Page } from "playwright-core"
import { backendFetch } from "./browser"

// The seller portal's listing form, for the browser suites that list products as a seeded seller would.

/**
 * A unified name the seller may still list at this grade: one product per seller, name and grade, so a name it
 * already has at that grade (seeded, or listed by an earlier run against the same store) would collide.
 */
export async function unlistedName(page: Page, token: string, grade: string) {
  const { products } = await backendFetch<{ products: { title: string }[] }>("/vendors/me/products", { token })
  const taken = new Set(products.map((p) => p.title))
  const names = await page.getByLabel("统一商品名称").locator("option").allInnerTexts()
  const name = names.map((n) => n.trim()).find((n) => !taken.has(`${n} · ${grade}`))
  if (!name) throw new Error(`the seller already lists every name of this category at ${grade}`)
  return name
}
