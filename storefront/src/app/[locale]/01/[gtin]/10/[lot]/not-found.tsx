import { BilingualNotFound } from "@/modules/layout/components/bilingual-not-found"

export default function LotNotFound() {
  return <BilingualNotFound what="lot" />
}
