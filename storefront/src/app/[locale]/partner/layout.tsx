import "@/modules/partner-owner/partner-owner.css"

// A partner point owner's pages (login and its own figures) inside the shop's frame.
export default function PartnerOwnerLayout({ children }: { children: React.ReactNode }) {
  return children
}
