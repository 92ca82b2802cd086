// The credit-code rule is the contract's, shared with the storefront and the admin.
export { creditCodeCheckCharacter, isValidCreditCode, normaliseCreditCode } from "@luotian/contract"
