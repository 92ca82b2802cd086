// Three projects: unit tests of pure code (storefront and backend), HTTP suites that boot the backend against real Postgres, and browser suites in Chromium.
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
      ...project("unit", ["<rootDir>/../storefront/src/**/*.test.ts", "<rootDir>/../backend/src/**/*.test.ts"]),
      roots: ["<rootDir>/../storefront/src", "<rootDir>/../backend/src"],
      setupFiles: [],
    },
    project("http", ["<rootDir>/src/http/**/*.spec.ts", "<rootDir>/src/security/**/*.spec.ts", "<rootDir>/src/deployment/**/*.spec.ts"]),
    project("browser", ["<rootDir>/src/browser/**/*.spec.ts"]),
  ],
}
