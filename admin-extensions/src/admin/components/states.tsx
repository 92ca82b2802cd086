import { Text } from "@medusajs/ui"
import { errorText } from "../lib/format"

// What a page shows while it loads, when it cannot, and when there is nothing to show.

export const Loading = () => (
  <Text className="px-6 py-4" size="small" role="status">加载中… Loading…</Text>
)

export const Failed = ({ what, error }: { what: string; error?: unknown }) => (
  <Text className="px-6 py-4 text-ui-fg-error" size="small" role="alert">
    {what}{error ? `：${errorText(error)}` : ""}
  </Text>
)

export const Empty = ({ children }: { children: React.ReactNode }) => (
  <Text className="px-6 py-4 text-ui-fg-subtle" size="small">{children}</Text>
)
