// One contract for the backend, the storefront and the admin: the zod schemas of what crosses HTTP, the types
// inferred from them, and the pure rules all three apply.
export * from "./catalogue"
export * from "./grading"
export * from "./input"
export * from "./rules"
export * from "./seller"
export * from "./trace"
export * from "./partner"
export * from "./payout"
export * from "./recall"
export * from "./station"
export * from "./synonyms"
