import { Badge, Heading, Text } from "@medusajs/ui"
import type { InspectionResult as Result } from "../../lib/types"

/** What the platform graded the lot, and for each grade what it fell short on. */
export const InspectionResult = ({ result, labels }: { result: Result; labels: Record<string, string> }) => (
  <section aria-label="质检结果 Inspection result" className="flex flex-col gap-y-2 px-6 py-4">
    <Heading level="h3">
      质检结果 Result：{result.grade ? `${result.grade.name} · ${result.grade.name_en}` : "不符合任何等级 Meets no grade"}
    </Heading>
    <ul className="flex flex-col gap-y-1">
      {result.checks.map((c) => (
        <li key={c.code} className="flex flex-wrap items-center gap-2">
          <Badge size="2xsmall" color={c.holds ? "green" : "grey"}>{c.holds ? "符合 Meets" : "不符合 Falls short"}</Badge>
          <Text size="small">{c.name} · {c.name_en}</Text>
          {!c.holds && <Text size="small" className="text-ui-fg-subtle">{c.unmet.map((a) => labels[a] ?? a).join("、")}</Text>}
        </li>
      ))}
    </ul>
  </section>
)
