import path from "node:path"
import { fileURLToPath } from "node:url"

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The storefront installs apart from the backend's workspaces (React 19 here, React 18 there).
  outputFileTracingRoot: path.dirname(fileURLToPath(import.meta.url)),
  // Product images come from the backend's file provider, already sized.
  images: { unoptimized: true },
}

export default nextConfig
