import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { NextRequest, NextResponse } from "next/server"
import { isCacheTag } from "@/lib/data/cache-tags"

// The backend calls this when products, stock or sellers change, so cached pages show the change at once
// instead of after their revalidation interval.
export async function POST(request: NextRequest) {
  if (!authorised(request.headers.get("x-revalidate-secret"))) {
    return NextResponse.json({ message: "x-revalidate-secret is missing or wrong" }, { status: 401 })
  }
  const body = await request.json().catch(() => null)
  const tags: unknown = body?.tags
  if (!Array.isArray(tags) || !tags.length || tags.length > 500 || !tags.every(isCacheTag)) {
    return NextResponse.json({ message: "tags must be a list of 1 to 500 cache tags such as \"catalogue\" or \"product:<handle>\"" }, { status: 400 })
  }
  tags.forEach((tag) => revalidateTag(tag))
  return NextResponse.json({ revalidated: tags })
}

function authorised(given: string | null) {
  const secret = process.env.REVALIDATE_SECRET
  if (!secret || !given) return false
  const [a, b] = [Buffer.from(given), Buffer.from(secret)]
  return a.length === b.length && timingSafeEqual(a, b)
}
