import { Heading } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

// Recharts charts of one look: a titled figure, a bar or line per series. Values are plain numbers (yuan or counts).

export type Series = { key: string; name: string; color: string }
type Row = Record<string, string | number>

const Figure = ({ title, id, children }: { title: string; id: string; children: React.ReactElement }) => (
  <figure className="flex flex-col gap-2" data-chart={id} aria-label={title}>
    <Heading level="h3">{title}</Heading>
    <div style={{ width: "100%", height: 260 }}>
      <ResponsiveContainer>{children}</ResponsiveContainer>
    </div>
  </figure>
)

/** Bars per row of `data` (x = `x`), one per series; `labels` writes each bar's value above it. */
export const Bars = ({ title, id, data, x, series, labels = false }: { title: string; id: string; data: Row[]; x: string; series: Series[]; labels?: boolean }) => (
  <Figure title={title} id={id}>
    <BarChart data={data} margin={{ top: 20, right: 8, left: 8, bottom: 0 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey={x} fontSize={11} />
      <YAxis fontSize={11} width={70} />
      <Tooltip />
      {series.length > 1 && <Legend />}
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false}>
          {labels && <LabelList dataKey={s.key} position="top" fontSize={10} />}
        </Bar>
      ))}
    </BarChart>
  </Figure>
)

export const Lines = ({ title, id, data, x, series }: { title: string; id: string; data: Row[]; x: string; series: Series[] }) => (
  <Figure title={title} id={id}>
    <LineChart data={data} margin={{ top: 20, right: 8, left: 8, bottom: 0 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey={x} fontSize={11} />
      <YAxis fontSize={11} width={70} allowDecimals={false} />
      <Tooltip />
      <Legend />
      {series.map((s) => (
        <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} isAnimationActive={false} dot />
      ))}
    </LineChart>
  </Figure>
)
