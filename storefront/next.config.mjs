import path from "node:path"
import { fileURLToPath } from "node:url"

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second dev server or benchmark build in the same checkout needs its own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The storefront installs apart from the backend's workspaces (React 19 here, React 18 there).
  outputFileTracingRoot: path.dirname(fileURLToPath(import.meta.url)),
  // Product images come from the backend's file provider, already sized.
  images: { unoptimized: true },
  // The portal's photo upload passes through a server action: up to 10 photos of at most 10 MB each per upload.
  experimental: { serverActions: { bodySizeLimit: "101mb" } },
}

export default nextConfig
