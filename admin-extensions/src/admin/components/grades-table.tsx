import { Table, Text } from "@medusajs/ui"
import { bandLabel } from "../lib/format"
import type { StandardGrade } from "../lib/types"

/** A standard's grades, best first: price band and every criterion in plain words (limits inclusive). */
export const GradesTable = ({ grades }: { grades: StandardGrade[] }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>等级 Grade</Table.HeaderCell>
        <Table.HeaderCell>价格带 Price band</Table.HeaderCell>
        <Table.HeaderCell>指标（含边界） Criteria, limits inclusive</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {grades.map((g) => (
        <Table.Row key={g.code} className="align-top [&_td]:py-3">
          <Table.Cell>
            <Text size="small" weight="plus">{g.name} · {g.name_en}</Text>
            <Text size="small" className="text-ui-fg-subtle">{g.code}</Text>
          </Table.Cell>
          <Table.Cell className="whitespace-nowrap">{bandLabel({ min: g.price_min, max: g.price_max, unit: g.price_unit })}</Table.Cell>
          <Table.Cell>
            <ul className="flex flex-col gap-y-1">
              {g.criteria.map((c) => (
                <li key={c.attribute}>
                  <Text size="small">{c.text}</Text>
                  <Text size="small" className="text-ui-fg-subtle">{c.text_en}</Text>
                </li>
              ))}
            </ul>
          </Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
