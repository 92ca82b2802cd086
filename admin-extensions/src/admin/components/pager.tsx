import { Button, Text } from "@medusajs/ui"

/** Previous / next over an offset-paginated list. */
export const Pager = ({ offset, limit, count, onChange }: { offset: number; limit: number; count: number; onChange: (offset: number) => void }) =>
  count <= limit ? null : (
    <div className="flex items-center justify-between px-6 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {offset + 1}–{Math.min(offset + limit, count)} / {count}
      </Text>
      <div className="flex gap-2">
        <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
          上一页 Previous
        </Button>
        <Button size="small" variant="secondary" disabled={offset + limit >= count} onClick={() => onChange(offset + limit)}>
          下一页 Next
        </Button>
      </div>
    </div>
  )
