/** One term and its value in a `<dl>` of facts (a lot's, a trace's). */
export function Fact({ term, lang, children }: { term: string; lang?: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  )
}
