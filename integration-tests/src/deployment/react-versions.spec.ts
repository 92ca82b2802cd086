import path from "node:path"

// Medusa's admin runs on React 18, Next.js on React 19: each must find its own after a clean install.
const root = path.resolve(__dirname, "../../..")

function versionFrom(dir: string, pkg: string) {
  const file = require.resolve(`${pkg}/package.json`, { paths: [dir] })
  return { file: path.relative(root, file), version: require(file).version as string }
}

describe("React per workspace", () => {
  it("gives the backend, the admin plugin and Medusa's dashboard React 18", () => {
    const dashboard = path.dirname(require.resolve("@medusajs/dashboard/package.json", { paths: [path.join(root, "backend")] }))
    for (const dir of [path.join(root, "backend"), path.join(root, "admin-extensions"), dashboard]) {
      expect(versionFrom(dir, "react").version).toMatch(/^18\./)
      expect(versionFrom(dir, "react-dom").version).toMatch(/^18\./)
    }
  })

  it("gives the storefront and the Next.js it runs React 19", () => {
    const storefront = path.join(root, "storefront")
    const next = path.dirname(require.resolve("next/package.json", { paths: [storefront] }))
    expect(path.relative(root, next)).toBe("storefront/node_modules/next")
    for (const dir of [storefront, next]) {
      expect(versionFrom(dir, "react").version).toMatch(/^19\./)
      expect(versionFrom(dir, "react-dom").version).toMatch(/^19\./)
    }
  })
})
