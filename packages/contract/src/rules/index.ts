// The pure rules: no framework and no zod, so a browser bundle may take them alone ("@luotian/contract/rules").
export * from "./band"
export * from "./credit-code"
export * from "./money"
export * from "./gtin"
export * from "./households"
export * from "./towns"
export * from "./shares"
export * from "./reach"
