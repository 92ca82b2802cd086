// Three projects: unit tests of pure code (contract, storefront and backend), HTTP suites that boot the backend against real Postgres, and browser suites in Chromium.
const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
  ],
}

const project = (name, match) => ({
  displayName: name,
  testEnvironment: "node",
  transform,
  testMatch: match,
  setupFiles: ["<rootDir>/src/support/env.ts"],
  moduleFileExtensions: ["js", "ts", "json"],
})

module.exports = {
  testTimeout: 180000,
  projects: [
    {
      ...project("unit", ["<rootDir>/../{packages/contract,storefront,backend}/src/**/*.test.ts", "<rootDir>/../storefront/front/*.test.ts"]),
      roots: ["<rootDir>/../packages/contract/src", "<rootDir>/../storefront/src", "<rootDir>/../storefront/front", "<rootDir>/../backend/src"],
      // The contract's source, so that a unit run needs no build of it.
      moduleNameMapper: { "^@luotian/contract(/rules)?$": "<rootDir>/../packages/contract/src$1" },
      setupFiles: [],
    },
    project("http", ["<rootDir>/src/http/**/*.spec.ts", "<rootDir>/src/security/**/*.spec.ts", "<rootDir>/src/deployment/**/*.spec.ts", "<rootDir>/src/production/**/*.spec.ts"]),
    project("browser", ["<rootDir>/src/browser/**/*.spec.ts"]),
  ],
}
