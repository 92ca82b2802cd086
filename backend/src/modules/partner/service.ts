import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import PartnerPoint from "./models/partner-point"
import Scan from "./models/scan"
import { laterScan, withinWindow } from "./rules"

/** Partner points and their scans; which scan a purchase belongs to (rules.ts). */
class PartnerModuleService extends MedusaService({ PartnerPoint, PartnerScan: Scan }) {
  /** The active point of a code, or a 404 naming it. */
  async activePoint(code: string) {
    const [point] = await this.listPartnerPoints({ code, active: true })
    if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No partner point has the code ${code}`)
    return point
  }

  /** Records a scan of the point's code now. */
  async recordScan(code: string) {
    const point = await this.activePoint(code)
    const scan = await this.createPartnerScans({ point_id: point.id, scanned_at: new Date() })
    return { id: scan.id as string, code: point.code, point_id: point.id, scanned_at: scan.scanned_at as Date }
  }

  /** The scans of these ids that still count, with their points' ids; unknown ids are skipped. */
  async liveScans(ids: string[], now: Date = new Date()) {
    if (!ids.length) return []
    const scans = await this.listPartnerScans({ id: ids }, { relations: ["point"] })
    return scans
      .filter((scan: any) => scan.point?.active && withinWindow(scan.scanned_at, now))
      .map((scan: any) => ({
        id: scan.id as string,
        point_id: scan.point.id as string,
        referral_rate: scan.point.referral_rate as string,
        scanned_at: scan.scanned_at as Date,
      }))
  }

  /** Of the cart's scan and a new one, the scan that wins (the later one within the window), or null. */
  async winningScan(currentId: string | null, incomingId: string, now: Date = new Date()) {
    const live = await this.liveScans([currentId, incomingId].filter((id): id is string => !!id), now)
    const byId = new Map(live.map((scan) => [scan.id, scan]))
    return laterScan(byId.get(currentId ?? "") ?? null, byId.get(incomingId) ?? null, now)
  }
}

export default PartnerModuleService
