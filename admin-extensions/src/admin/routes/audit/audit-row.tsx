import { Table, Text } from "@medusajs/ui"
import { beijing } from "../../lib/format"
import type { AuditEntry } from "../../lib/types"
import { changes } from "./changes"
import { ACTIONS, SUBJECTS } from "./labels"

export const AuditRow = ({ entry: e }: { entry: AuditEntry }) => (
  <Table.Row className="align-top [&_td]:py-3">
    <Table.Cell className="whitespace-nowrap">{beijing(e.created_at)}</Table.Cell>
    <Table.Cell>
      <Text size="small">{e.actor.name ?? e.actor.email ?? (e.actor.type === "system" ? "系统 System" : e.actor.id)}</Text>
      {e.actor.name && e.actor.email && <Text size="small" className="text-ui-fg-subtle">{e.actor.email}</Text>}
    </Table.Cell>
    <Table.Cell>
      <Text size="small" weight="plus">{ACTIONS[e.action] ?? e.action}</Text>
      <Text size="small" className="text-ui-fg-subtle">{e.action}</Text>
    </Table.Cell>
    <Table.Cell>
      <Text size="small">{SUBJECTS[e.subject_type] ?? e.subject_type}</Text>
      <Text size="small" className="text-ui-fg-subtle break-all">{e.subject_id}</Text>
    </Table.Cell>
    <Table.Cell className="max-w-[420px]">
      {changes(e.before, e.after).map((line) => <Text key={line} size="small" className="break-all">{line}</Text>)}
      <details>
        <summary className="txt-compact-small cursor-pointer text-ui-fg-interactive">前后完整值 Before and after</summary>
        <pre className="txt-compact-xsmall max-h-64 overflow-auto whitespace-pre-wrap break-all">{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
      </details>
    </Table.Cell>
  </Table.Row>
)
