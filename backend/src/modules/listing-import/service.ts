import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import ListingImport from "./models/listing-import"

const SHOWN = ["id", "seller_id", "file_name", "status", "total", "processed", "imported", "failed", "errors", "created_at", "finished_at"]

class ListingImportModuleService extends MedusaService({ ListingImport }) {
  /** A seller's own import; another seller's is as unknown as one that does not exist. */
  async ownImport(id: string, seller_id: string) {
    const [found] = await this.listListingImports({ id, seller_id }, { select: SHOWN })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Import ${id} was not found`)
    return found
  }

  /** A seller's latest imports, newest first, without their rows. */
  async latestImports(seller_id: string, take = 5) {
    return await this.listListingImports({ seller_id }, { select: SHOWN, order: { created_at: "DESC" }, take })
  }

  /** Takes a queued import for one worker, in one statement: of two runs only the first gets it. */
  @InjectManager()
  async claim(id: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const rows = await (sharedContext.manager as any).execute(
      `update listing_import set status = 'running', updated_at = now() where id = ? and status = 'queued' and deleted_at is null returning id`,
      [id]
    )
    return rows.length === 1
  }

  /**
   * Imports whose worker stopped mid-way (a restart, a crash): running, with no progress written for `minutes`. They
   * are marked failed so the seller sees it and uploads the file again, which makes nothing twice. Their ids.
   */
  @InjectManager()
  async failStalled(minutes: number, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const rows = await (sharedContext.manager as any).execute(
      `update listing_import set status = 'failed', finished_at = now(), updated_at = now()
        where status = 'running' and updated_at < now() - make_interval(mins => ?) and deleted_at is null returning id`,
      [minutes]
    )
    return rows.map((row: { id: string }) => row.id)
  }
}

export default ListingImportModuleService
