import "@/modules/station/station.css"

// The village station portal inside the shop's frame.
export default function StationLayout({ children }: { children: React.ReactNode }) {
  return <div className="station-portal">{children}</div>
}
