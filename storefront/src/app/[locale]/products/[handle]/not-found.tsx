import { BilingualNotFound } from "@/modules/layout/components/bilingual-not-found"

export default function ProductNotFound() {
  return <BilingualNotFound what="product" />
}
