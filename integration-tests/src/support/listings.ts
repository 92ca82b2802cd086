import { adminHeaders } from "./store"

type Api = { get: Function; post: Function }
type Seller = { auth: object }

// Listings as sellers submit them: the association's unified name, grade, and pack sizes priced inside the grade's band.
export const CHESTNUTS = { name: "fresh-chestnut", category: "chestnut", grade: "special", sizes: [{ net_weight_g: 2000, price_cny: 70, stock: 20 }] }
export const FIRST_GRADE_CHESTNUTS = { name: "fresh-chestnut", category: "chestnut", grade: "first", sizes: [{ net_weight_g: 1000, price_cny: 28, stock: 10 }] }
export const PORIA = { name: "poria-slices", category: "herbs", grade: "select-1", sizes: [{ net_weight_g: 250, price_cny: 42.5, stock: 20 }] }

/** The listing with its (first) size's stock set. */
export const withStock = (listing: { sizes: Record<string, unknown>[] }, stock: number) => ({ ...listing, sizes: [{ ...listing.sizes[0], stock }] })

/** The listing with one pack size instead of its own. */
export const sized = (listing: Record<string, unknown>, net_weight_g: number, price_cny: number, stock = 20) => ({
  ...listing,
  sizes: [{ net_weight_g, price_cny, stock }],
})

/** The seller lists a product and the association approves it, so that it is in the store. */
export async function listApproved(api: Api, seller: Seller, body: Record<string, unknown>) {
  const { data } = await api.post("/vendors/me/products", body, seller.auth)
  await api.post(`/admin/listing-reviews/${data.product.id}`, { decision: "approve" }, await adminHeaders(api as any))
  return (await api.get(`/vendors/me/products/${data.product.id}`, seller.auth)).data.product
}
