import { cookies } from "next/headers"

// The shop keeps three things per browser, each in an httpOnly cookie the page scripts cannot read:
// the open cart, the buyer's login and the seller portal's login (Medusa bearer tokens).
const CART = "luotian_cart"
const CUSTOMER = "luotian_customer"
const SELLER = "luotian_seller"

const options = (maxAgeDays: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  // Browsers accept secure cookies from http://localhost, so tests of the production build need no exception.
  secure: process.env.NODE_ENV === "production",
  path: "/",
  maxAge: maxAgeDays * 24 * 60 * 60,
})

const read = async (name: string) => (await cookies()).get(name)?.value || undefined
const write = async (name: string, value: string, days: number) => (await cookies()).set(name, value, options(days))
const remove = async (name: string) => (await cookies()).delete(name)

export const cartId = () => read(CART)
export const setCartId = (id: string) => write(CART, id, 30)
export const removeCartId = () => remove(CART)

export const customerToken = () => read(CUSTOMER)
export const setCustomerToken = (token: string) => write(CUSTOMER, token, 7)
export const removeCustomerToken = () => remove(CUSTOMER)

export const sellerToken = () => read(SELLER)
export const setSellerToken = (token: string) => write(SELLER, token, 1)
export const removeSellerToken = () => remove(SELLER)
