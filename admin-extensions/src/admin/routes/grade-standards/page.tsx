import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Beaker } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Choice } from "../../components/choice"
import { GradesTable } from "../../components/grades-table"
import { PageHeader } from "../../components/page-header"
import { StandardStatus, versionLabel } from "../../components/standard-status"
import { Empty, Failed, Loading } from "../../components/states"
import { CATEGORIES, categoryLabel, cleanQuery } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import type { Standard } from "../../lib/types"

const CATEGORY_OPTIONS = [{ value: "all", label: "全部品类 All categories" }, ...Object.keys(CATEGORIES).map((c) => ({ value: c, label: categoryLabel(c) }))]
const STATUS_OPTIONS = [
  { value: "current", label: "现行 Current" },
  { value: "superseded", label: "已替代 Superseded" },
  { value: "all", label: "全部版本 All versions" },
]

const StandardCard = ({ standard: s }: { standard: Standard }) => (
  <section aria-label={`${categoryLabel(s.category)} ${versionLabel(s)}`}>
    <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
      <div>
        <Heading level="h2">{categoryLabel(s.category)}</Heading>
        <Text size="small" weight="plus">{versionLabel(s)} · 自 {s.effective_from} 起施行 In force from {s.effective_from}</Text>
        <Text size="small" className="text-ui-fg-subtle">{s.name}</Text>
        <Text size="small" className="text-ui-fg-subtle">{s.name_en}</Text>
      </div>
      <div className="flex items-center gap-3">
        <StandardStatus status={s.status} />
        <Link to={`/grade-standards/${s.id}`} className="txt-compact-small-plus text-ui-fg-interactive">
          {s.status === "current" ? "查看与编辑 View and edit" : "查看 View"}
        </Link>
      </div>
    </div>
    <GradesTable grades={s.grades} />
  </section>
)

// The association's grade standards, one in force per category; older versions stay readable.
const GradeStandardsPage = () => {
  const [category, setCategory] = useState("all")
  const [status, setStatus] = useState("current")
  const { data, isLoading, error } = useQuery({
    queryKey: ["luotian-standards", category, status],
    queryFn: () => sdk.client.fetch<{ grade_standards: Standard[] }>("/admin/grade-standards", { query: cleanQuery({ category, status }) }),
  })
  return (
    <Container className="divide-y p-0" role="region" aria-label="等级标准 · Grade standards">
      <PageHeader title="等级标准 · Grade standards" hint="每个品类一个现行版本；编辑即生成新版本 · One version in force per category; an edit writes a new version">
        <Choice label="品类 Category" value={category} onChange={setCategory} options={CATEGORY_OPTIONS} />
        <Choice label="版本状态 Version status" value={status} onChange={setStatus} options={STATUS_OPTIONS} />
      </PageHeader>
      {isLoading ? <Loading /> : error || !data ? <Failed what="无法加载等级标准 Could not load the standards" error={error} /> : !data.grade_standards.length ? (
        <Empty>没有符合条件的标准 · No standards match</Empty>
      ) : (
        data.grade_standards.map((s) => <StandardCard key={s.id} standard={s} />)
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "等级标准 Grade standards", icon: Beaker })

export default GradeStandardsPage
