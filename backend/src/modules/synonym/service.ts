import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import SynonymGroup from "./models/synonym-group"
import { engineSynonyms, expandQuery, normaliseWords } from "./rules"

type Group = { id: string; words: string[]; created_at: Date }

class SynonymModuleService extends MedusaService({ SynonymGroup }) {
  /** Adds a group of words; a group with the same words already there is refused. */
  async addGroup(words: string[]): Promise<Group> {
    const normalised = normaliseWords(words)
    const same = (await this.groups()).find((group) => [...group.words].sort().join("\n") === [...normalised].sort().join("\n"))
    if (same) throw new MedusaError(MedusaError.Types.CONFLICT, `words: the group ${same.id} already has these words`)
    return (await this.createSynonymGroups({ words: normalised as unknown as Record<string, unknown> })) as unknown as Group
  }

  async groups(): Promise<Group[]> {
    return (await this.listSynonymGroups({}, { order: { created_at: "ASC" }, take: null })) as unknown as Group[]
  }

  /** The engine's `synonyms` setting for every group. */
  async engineSetting(): Promise<Record<string, string[]>> {
    return engineSynonyms((await this.groups()).map((group) => group.words))
  }

  /** The query's terms with their alternatives, for searches that expand queries themselves. */
  async expand(q: string): Promise<string[][]> {
    return expandQuery(q, (await this.groups()).map((group) => group.words))
  }
}

export default SynonymModuleService
