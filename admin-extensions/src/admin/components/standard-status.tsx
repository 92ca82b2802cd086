import { StatusBadge } from "@medusajs/ui"
import type { Standard } from "../lib/types"

export const StandardStatus = ({ status }: { status: Standard["status"] }) =>
  status === "current"
    ? <StatusBadge className="whitespace-nowrap" color="green">现行 Current</StatusBadge>
    : <StatusBadge className="whitespace-nowrap" color="grey">已替代 Superseded</StatusBadge>

/** "GB/T 22346-2023 · 第 2 版 Version 2" */
export const versionLabel = (s: Pick<Standard, "code" | "version">) => `${s.code} · 第 ${s.version} 版 Version ${s.version}`
