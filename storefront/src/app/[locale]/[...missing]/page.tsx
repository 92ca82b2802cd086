import { notFound } from "next/navigation"

// An unknown path under a locale gets that locale's not-found page (with the header, its language and its
// language switch) rather than the bare one outside every locale.
export default function MissingPage() {
  notFound()
}
