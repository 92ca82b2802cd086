import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Badge, Button, Container, Table, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { SynonymGroup } from "@luotian/contract"
import { PageHeader } from "../../components/page-header"
import { Empty, Failed, Loading } from "../../components/states"
import { beijing, errorText } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { AddGroup } from "./add-group"

const GroupRow = ({ group }: { group: SynonymGroup }) => {
  const client = useQueryClient()
  const confirm = usePrompt()
  const remove = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/search-synonyms/${group.id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success("已删除同义词组 Synonym group removed")
      client.invalidateQueries({ queryKey: ["luotian-search-synonyms"] })
    },
    onError: (error) => toast.error(`删除失败 Could not remove the group: ${errorText(error)}`),
  })
  const ask = async () => {
    const sure = await confirm({
      title: "删除这组同义词？ Remove this group?",
      description: group.words.join(" · "),
      confirmText: "删除 Remove",
      cancelText: "取消 Cancel",
      variant: "danger",
    })
    if (sure) remove.mutate()
  }
  return (
    <Table.Row aria-label={group.words.join(" ")}>
      <Table.Cell>
        <div className="flex flex-wrap gap-1 py-2">{group.words.map((word) => <Badge key={word} size="2xsmall">{word}</Badge>)}</div>
      </Table.Cell>
      <Table.Cell>{beijing(group.created_at)}</Table.Cell>
      <Table.Cell>
        <Button size="small" variant="secondary" onClick={ask} isLoading={remove.isPending}>删除 Remove</Button>
      </Table.Cell>
    </Table.Row>
  )
}

// The words buyers use for the same thing: a search for one finds the others, in Meilisearch and in the fallback.
const SearchSynonymsPage = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["luotian-search-synonyms"],
    queryFn: () => sdk.client.fetch<{ synonym_groups: SynonymGroup[] }>("/admin/search-synonyms"),
  })
  return (
    <Container className="divide-y p-0" role="region" aria-label="搜索同义词 · Search synonyms">
      <PageHeader title="搜索同义词 · Search synonyms" hint="搜一个词，也能找到同组的其他词 · A search for one word also finds the others of its group" />
      <AddGroup />
      {isLoading ? <Loading /> : error || !data ? <Failed what="无法加载同义词 Could not load the synonyms" error={error} /> : !data.synonym_groups.length ? (
        <Empty>还没有同义词 · No synonyms yet</Empty>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>词组 Words</Table.HeaderCell>
              <Table.HeaderCell>添加于 Added</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>{data.synonym_groups.map((group) => <GroupRow key={group.id} group={group} />)}</Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "搜索同义词 Search synonyms", icon: MagnifyingGlass })

export default SearchSynonymsPage
