import path from "node:path"
import { fileURLToPath } from "node:url"

// Several `next start` processes behind the front (front/next-processes.cjs) would share Next's cache on disk, which
// Next writes in place: one process could read a page another is half-way through writing. The front then has each
// keep its cache in its own memory instead (NEXT_CACHE_IN_MEMORY=1), up to 256 MB.
const inMemory = process.env.NEXT_CACHE_IN_MEMORY === "1"

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
  experimental: { serverActions: { bodySizeLimit: "101mb" }, ...(inMemory && { isrFlushToDisk: false }) },
  ...(inMemory && { cacheMaxMemorySize: 256 * 1024 * 1024 }),
}

export default nextConfig
