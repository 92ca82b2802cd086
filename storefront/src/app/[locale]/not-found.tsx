import { NotFoundMessage } from "@/modules/layout/components/not-found-message"

export default function NotFound() {
  return <NotFoundMessage />
}
