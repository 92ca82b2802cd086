import { createHash, randomBytes } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import PartnerOwner from "./models/owner"
import PartnerOwnerInvite from "./models/owner-invite"
import PartnerPoint from "./models/partner-point"
import Scan from "./models/scan"
import { INVITE_DAYS, laterScan, withinWindow } from "./rules"

// Only a hash of an invitation's token is stored: the token itself is shown once, to the association.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex")
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export type ScanCount = { point_id: string; period: string; scans: number }

/** Partner points, their scans and owners; which scan a purchase belongs to (rules.ts). */
class PartnerModuleService extends MedusaService({ PartnerPoint, PartnerScan: Scan, PartnerOwner, PartnerOwnerInvite }) {
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

  /**
   * The points' scans counted per Beijing day ("YYYY-MM-DD") or month ("YYYY-MM") in [from, to), counted by the
   * database rather than read row by row: a busy spot has many.
   */
  @InjectManager()
  async scanCounts(
    point_ids: string[],
    by: "day" | "month",
    { from, to }: { from: Date; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ScanCount[]> {
    if (!point_ids.length) return []
    const format = by === "day" ? "YYYY-MM-DD" : "YYYY-MM"
    const rows = await (sharedContext.manager as any).execute(
      `select point_id, to_char((scanned_at at time zone 'UTC') + interval '8 hours', '${format}') as period, count(*)::int as scans
         from partner_scan
        where deleted_at is null and point_id in (?) and scanned_at >= ? and scanned_at < ?
        group by 1, 2 order by 2, 1`,
      [point_ids, from, to]
    )
    return rows.map((row: any) => ({ point_id: row.point_id, period: row.period, scans: Number(row.scans) }))
  }

  /** An invitation for the point's owner to log in, valid INVITE_DAYS days; the token is returned once. */
  async issueOwnerInvite(point_id: string, email: string) {
    const token = randomBytes(24).toString("base64url")
    const expires_at = new Date(Date.now() + INVITE_DAYS * 24 * 3600_000)
    const invite = await this.createPartnerOwnerInvites({ point_id, email, token_hash: hashToken(token), expires_at })
    return { invite, token }
  }

  /**
   * Uses an open invitation sent to this e-mail, once, and makes its owner; each refusal names the field at fault.
   * One transaction; the caller holds the token's lock, so two acceptances at once cannot both use it.
   */
  @InjectTransactionManager()
  async acceptOwnerInvite(token: string, email: string, @MedusaContext() sharedContext: Context = {}) {
    const [invite] = await this.listPartnerOwnerInvites({ token_hash: hashToken(token) }, {}, sharedContext)
    if (!invite) throw invalid("token: no invitation has this token")
    if (invite.accepted_at) throw invalid("token: this invitation was already used")
    if (invite.expires_at < new Date()) throw invalid("token: this invitation has expired")
    if (invite.email.toLowerCase() !== email.toLowerCase()) throw invalid("email: this invitation was sent to another e-mail address")
    if ((await this.listPartnerOwners({ email: invite.email }, {}, sharedContext)).length) {
      throw invalid("email: this e-mail already owns a partner point")
    }
    await this.updatePartnerOwnerInvites({ id: invite.id, accepted_at: new Date() }, sharedContext)
    const owner = await this.createPartnerOwners({ point_id: (invite as any).point_id, email: invite.email }, sharedContext)
    return { owner, invite_id: invite.id as string }
  }
}

/** The lock an acceptance of this invitation token takes (never the token itself, which may end up in a log). */
export const ownerInviteLock = (token: string) => `partner-invite:${hashToken(token)}`

export default PartnerModuleService
