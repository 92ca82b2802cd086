// The URL and price rules are the contract's, shared with the storefront and the admin.
export { httpUrl, priceCny } from "@luotian/contract"
