import { PortalNotFound } from "@/modules/portal/components/portal-not-found"

export default function NotFound() {
  return <PortalNotFound />
}
