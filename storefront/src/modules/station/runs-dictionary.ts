import type { Locale } from "@/lib/i18n/locales"

const zh = {
  nav: "车次",
  title: "今天的车次",
  intro: "县中心的司机按顺序到站：先从县中心出发，再到每个站点交接包裹后点“完成”。",
  empty: "这一天没有车次。",
  run: (town: string, n: number) => `${town} 第 ${n} 趟`,
  status: { planned: "待出发", under_way: "在途", done: "已完成" } as Record<string, string>,
  load: (n: number) => `装车 ${n} 件`,
  unload: (n: number) => `卸货 ${n} 件`,
  parcels: (n: number, kg: string) => `${n} 件 · ${kg} kg`,
  doneAt: "已完成",
  markDone: "到站完成",
  leaveHub: "从县中心出发",
  done: "已记录。",
  errors: { order: "请先从县中心出发（第一站）。", notHub: "只有县中心的司机可以操作车次。", notFound: "找不到这个站点。", generic: "没能记录，请重试。" } as Record<string, string>,
}

const en: typeof zh = {
  nav: "Runs",
  title: "Today's route runs",
  intro: "The hub's drivers call at the stops in order: leave the hub first, then mark each station done once its parcels are handed over.",
  empty: "No runs this day.",
  run: (town, n) => `${town} run ${n}`,
  status: { planned: "Planned", under_way: "Under way", done: "Done" },
  load: (n) => `Load ${n}`,
  unload: (n) => `Unload ${n}`,
  parcels: (n, kg) => `${n} parcels · ${kg} kg`,
  doneAt: "Done",
  markDone: "Done at this stop",
  leaveHub: "Leave the hub",
  done: "Recorded.",
  errors: { order: "Leave the hub first (the first stop).", notHub: "Only the county hub's drivers work the runs.", notFound: "No such stop.", generic: "Could not record it; try again." },
}

export type RunsDictionary = typeof zh
export const runsDictionary = (locale: Locale): RunsDictionary => (locale === "en" ? en : zh)
