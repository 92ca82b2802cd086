import { TOWNS, townNamed } from "@luotian/contract/rules"
import { pick, type Locale } from "@/lib/i18n/locales"
import { traceDictionary } from "../dictionary"

// A schematic of the county's towns with the lot's town marked: enough for a buyer to see where in Luotian it grew,
// drawn inline (no map tiles to load on a village phone connection). Nothing is drawn for a place outside the county.
const SEAT = "FS"

export function OriginMap({ town, village, locale }: { town: string; village: string | null; locale: Locale }) {
  const origin = townNamed(town)
  if (!origin) return null
  const t = traceDictionary(locale)
  const name = (code: string) => {
    const found = TOWNS.find((each) => each.code === code)!
    return pick(locale, found.name, found.name_en)
  }
  const caption = t.originMap(name(origin.code), village)
  return (
    <figure className="origin-map">
      <svg viewBox="-8 -6 116 106" role="img" aria-label={caption}>
        <rect x="-6" y="-4" width="112" height="102" rx="14" className="county" />
        {TOWNS.map((each) => {
          const marked = each.code === origin.code
          return (
            <g key={each.code} className={marked ? "town origin" : "town"} data-town={each.code}>
              {each.code === SEAT ? <rect x={each.x - 2.2} y={each.y - 2.2} width="4.4" height="4.4" /> : <circle cx={each.x} cy={each.y} r={marked ? 3.2 : 1.8} />}
              <text x={each.x} y={each.y + (marked ? 8 : 6)} textAnchor="middle">
                {name(each.code)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>
        {caption} · <span className="muted">{t.schematic(name(SEAT))}</span>
      </figcaption>
    </figure>
  )
}
