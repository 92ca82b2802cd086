import { BilingualNotFound } from "@/modules/layout/components/bilingual-not-found"

export default function PartnerNotFound() {
  return <BilingualNotFound what="partner" />
}
