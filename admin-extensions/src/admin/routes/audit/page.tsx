import { defineRouteConfig } from "@medusajs/admin-sdk"
import { History } from "@medusajs/icons"
import { Container, Input, Table } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Choice } from "../../components/choice"
import { PageHeader } from "../../components/page-header"
import { Pager } from "../../components/pager"
import { Empty, Failed, Loading } from "../../components/states"
import { cleanQuery } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import type { AuditEntry } from "../../lib/types"
import { AuditRow } from "./audit-row"
import { ACTIONS, SUBJECTS } from "./labels"

const LIMIT = 50
const ACTION_OPTIONS = [{ value: "all", label: "全部动作 All actions" }, ...Object.entries(ACTIONS).map(([value, label]) => ({ value, label }))]
const SUBJECT_OPTIONS = [{ value: "all", label: "全部对象 All subjects" }, ...Object.entries(SUBJECTS).map(([value, label]) => ({ value, label }))]
const COLUMNS = ["时间 Time", "操作人 Actor", "动作 Action", "对象 Subject", "变更 Change"]

// Every decision of the association, newest first: who, when, what, and the values before and after.
const AuditPage = () => {
  const [action, setAction] = useState("all")
  const [subjectType, setSubjectType] = useState("all")
  const [subjectId, setSubjectId] = useState("")
  const [offset, setOffset] = useState(0)
  const filter = (set: (v: string) => void) => (v: string) => (set(v), setOffset(0))
  const { data, isLoading, error } = useQuery({
    queryKey: ["luotian-audit", action, subjectType, subjectId.trim(), offset],
    queryFn: () =>
      sdk.client.fetch<{ audit_entries: AuditEntry[]; count: number }>("/admin/audit", {
        query: cleanQuery({ action, subject_type: subjectType, subject_id: subjectId.trim(), limit: LIMIT, offset }),
      }),
    // Typing a subject id keeps the rows on screen until the next answer.
    placeholderData: keepPreviousData,
  })
  return (
    <Container className="divide-y p-0" role="region" aria-label="审计日志 · Audit log">
      <PageHeader title="审计日志 · Audit log" hint="协会的每项决定及其前后值 · Every decision of the association, with the values before and after">
        <Choice label="动作 Action" value={action} onChange={filter(setAction)} options={ACTION_OPTIONS} />
        <Choice label="对象类型 Subject type" value={subjectType} onChange={filter(setSubjectType)} options={SUBJECT_OPTIONS} />
        <Input aria-label="对象 ID Subject id" placeholder="对象 ID Subject id" value={subjectId} onChange={(e) => filter(setSubjectId)(e.target.value)} />
      </PageHeader>
      {isLoading ? <Loading /> : error || !data ? <Failed what="无法加载审计日志 Could not load the audit log" error={error} /> : !data.audit_entries.length ? (
        <Empty>没有符合条件的记录 · No entries match</Empty>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header><Table.Row>{COLUMNS.map((c) => <Table.HeaderCell key={c}>{c}</Table.HeaderCell>)}</Table.Row></Table.Header>
              <Table.Body>{data.audit_entries.map((e) => <AuditRow key={e.id} entry={e} />)}</Table.Body>
            </Table>
          </div>
          <Pager offset={offset} limit={LIMIT} count={data.count} onChange={setOffset} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "审计日志 Audit log", icon: History })

export default AuditPage
