import { Text } from "@medusajs/ui"

/** A labelled row of a side panel; a named group, so that each row can be read (and found) on its own. */
export const PanelRow = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div role="group" aria-label={label} className="flex items-start justify-between gap-x-4 px-6 py-3">
    <Text size="small" leading="compact" weight="plus">{label}</Text>
    <div className="flex flex-col items-end text-right">{children}</div>
  </div>
)
