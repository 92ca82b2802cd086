import type { Metadata } from "next"
import "@/modules/account/account.css"

// A buyer's own pages: never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <div className="account">{children}</div>
}
