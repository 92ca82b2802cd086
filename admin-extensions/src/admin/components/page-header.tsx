import { Heading, Text } from "@medusajs/ui"

/** A page's title, a line on what it is for, and its filters or actions on the right. */
export const PageHeader = ({ title, hint, children }: { title: string; hint?: string; children?: React.ReactNode }) => (
  <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
    <div>
      <Heading level="h1">{title}</Heading>
      {hint && <Text size="small" className="text-ui-fg-subtle">{hint}</Text>}
    </div>
    {children && <div className="flex flex-wrap items-center gap-3">{children}</div>}
  </div>
)
