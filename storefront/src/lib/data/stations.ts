import type { PublicStation } from "@luotian/contract"
import { readOrNull } from "./store-route"

export type { PublicStation }

/** The stations a buyer can pick parcels up at (town and village stations that take them), cached 5 min. */
export async function pickupStations(): Promise<PublicStation[]> {
  return (await readOrNull<{ stations: PublicStation[] }>("/store/stations", 300, ["stations"]))?.stations ?? []
}
