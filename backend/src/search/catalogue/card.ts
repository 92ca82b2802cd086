// The product card is built alike by the backend and the storefront's direct search: one function, in the contract.
export { toCard } from "@luotian/contract"
