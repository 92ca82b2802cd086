import "@/modules/portal/portal.css"

// The seller portal inside the shop's frame; its own navigation comes with the signed-in pages ((seller)/layout).
export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return <div className="portal">{children}</div>
}
