import type { Locale } from "@/lib/i18n/locales"

// The seller portal's recall panel of a lot: its shipments and its withdrawal.
const zh = {
  title: "召回",
  shipments: "本批次已发出的包裹",
  noShipments: "本批次还没有发出包裹。",
  order: "订单",
  placedAt: "下单时间",
  size: "规格",
  packs: "本批件数",
  returned: (n: number) => `已退回 ${n} 件`,
  status: "状态",
  withdrawn: "本批次已召回",
  withdrawnOn: (day: string) => `召回日期：${day}`,
  reasonWas: "原因",
  withdraw: "召回本批次",
  withdrawHint: "召回后，本批次剩余库存立即下架，溯源页面和买家订单页会显示召回通知。此操作不能撤销。",
  reason: "召回原因（买家可见）",
  reasonMissing: "请填写“召回原因”。",
  confirm: "我确认召回本批次",
  confirmMissing: "请勾选确认后再召回。",
  sending: "正在召回…",
  done: "已召回本批次，剩余库存已下架。",
  serverWords: "系统说明：",
}

const en: typeof zh = {
  title: "Recall",
  shipments: "Parcels shipped from this lot",
  noShipments: "Nothing has been shipped from this lot yet.",
  order: "Order",
  placedAt: "Placed",
  size: "Size",
  packs: "Packs of this lot",
  returned: (n: number) => `${n} returned`,
  status: "Status",
  withdrawn: "This lot has been withdrawn",
  withdrawnOn: (day: string) => `Withdrawn on ${day}`,
  reasonWas: "Why",
  withdraw: "Withdraw this lot",
  withdrawHint: "Once withdrawn, the lot's remaining stock leaves sale at once, and its trace page and the buyers' order pages show a recall notice. This cannot be undone.",
  reason: "Why it is withdrawn (buyers see this)",
  reasonMissing: "Please say why the lot is withdrawn.",
  confirm: "I confirm the withdrawal of this lot",
  confirmMissing: "Please tick the confirmation to withdraw.",
  sending: "Withdrawing…",
  done: "The lot is withdrawn and its remaining stock is off sale.",
  serverWords: "The system says:",
}

export const recallDictionary = (locale: Locale) => (locale === "en" ? en : zh)
