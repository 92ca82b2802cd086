import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Seller } from "./types"

/** Every seller, whatever its status: the choices of the pages that pick one. */
export const useAllSellers = () =>
  useQuery({
    queryKey: ["luotian-sellers", "all"],
    queryFn: () => sdk.client.fetch<{ sellers: Seller[] }>("/admin/sellers"),
    select: (data) => data.sellers,
  })

/** A seller as the association picks it, "罗田县胜利镇板栗专业合作社 · Shengli Town Chestnut Cooperative". */
export const sellerLabel = (seller: Seller) => `${seller.name} · ${seller.name_en}`
