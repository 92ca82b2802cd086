import { BilingualNotFound } from "@/modules/layout/components/bilingual-not-found"

export default function SellerNotFound() {
  return <BilingualNotFound what="seller" />
}
