import { Button, Container, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { GradesTable } from "../../../components/grades-table"
import { PageHeader } from "../../../components/page-header"
import { StandardStatus, versionLabel } from "../../../components/standard-status"
import { Failed, Loading } from "../../../components/states"
import { categoryLabel } from "../../../lib/format"
import { sdk } from "../../../lib/sdk"
import type { Standard } from "../../../lib/types"
import { StandardEditor } from "./standard-editor"

/** Every version of the standard's category, newest first, linking to each. */
const Versions = ({ standard }: { standard: Standard }) => {
  const { data } = useQuery({
    queryKey: ["luotian-standards", standard.category, "all"],
    queryFn: () => sdk.client.fetch<{ grade_standards: Standard[] }>("/admin/grade-standards", { query: { category: standard.category } }),
  })
  const versions = data?.grade_standards.filter((s) => s.lineage === standard.lineage) ?? []
  return (
    <nav aria-label="版本 Versions" className="flex flex-wrap items-center gap-3 px-6 py-3">
      <Text size="small" weight="plus">版本 Versions</Text>
      {versions.map((v) =>
        v.id === standard.id ? (
          <Text key={v.id} size="small" aria-current="page">v{v.version}</Text>
        ) : (
          <Link key={v.id} to={`/grade-standards/${v.id}`} className="txt-compact-small text-ui-fg-interactive">v{v.version} ({v.effective_from})</Link>
        )
      )}
    </nav>
  )
}

// One version of a standard; the version in force can be edited into the next one.
const StandardPage = () => {
  const { id } = useParams()
  const [editing, setEditing] = useState(false)
  const { data, isLoading, error } = useQuery({
    queryKey: ["luotian-standards", "one", id],
    queryFn: () => sdk.client.fetch<{ grade_standard: Standard }>(`/admin/grade-standards/${id}`),
  })
  const s = data?.grade_standard
  return (
    <Container className="divide-y p-0" role="region" aria-label="等级标准 · Grade standard">
      {isLoading ? <Loading /> : error || !s ? <Failed what="无法加载此标准 Could not load the standard" error={error} /> : (
        <>
          <PageHeader title={`${categoryLabel(s.category)} · ${versionLabel(s)}`} hint={`${s.name} · ${s.name_en}`}>
            <StandardStatus status={s.status} />
            <Text size="small">自 {s.effective_from} 起施行 In force from {s.effective_from}</Text>
            {s.status === "current" && !editing && (
              <Button size="small" onClick={() => setEditing(true)}>编辑（新版本） Edit as a new version</Button>
            )}
          </PageHeader>
          <Versions standard={s} />
          {editing ? <StandardEditor key={s.id} standard={s} onClose={() => setEditing(false)} /> : <GradesTable grades={s.grades} />}
        </>
      )}
    </Container>
  )
}

export default StandardPage
