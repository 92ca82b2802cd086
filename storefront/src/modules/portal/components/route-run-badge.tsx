import type { SellerRunOrder } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { beijingTime } from "../utils/month"

const zh = {
  run: (day: string, town: string, n: number) => `合并配送车次：${day} ${town} 第 ${n} 趟`,
  collected: (at: string) => `已揽收 ${at}`,
  waiting: "待揽收",
}
const en: typeof zh = {
  run: (day, town, n) => `By route run: ${day}, ${town} run ${n}`,
  collected: (at) => `collected ${at}`,
  waiting: "to be collected",
}

/** Which route run carries the order and when it collected it (the seller's cue that no courier is needed). */
export function RouteRunBadge({ run, locale }: { run: SellerRunOrder; locale: Locale }) {
  const t = locale === "en" ? en : zh
  return (
    <p className="route-run-badge" data-route-run={run.run.id}>
      {t.run(run.run.day, run.run.town, run.run.number)} · {run.collected_at ? t.collected(beijingTime(run.collected_at)) : t.waiting}
    </p>
  )
}
