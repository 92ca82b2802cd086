import type { ExecArgs } from "@medusajs/framework/types"
import { SYNONYM_MODULE } from "../../modules/synonym"
import type SynonymModuleService from "../../modules/synonym/service"
import { addSynonymGroupWorkflow } from "../../workflows/synonym/add-synonym-group"
import { applySynonymsWorkflow } from "../../workflows/synonym/apply-synonyms"

// The words buyers use for the four categories and their products, in both languages, as the association starts
// with them (it edits them in the admin's "搜索同义词 Search synonyms" page).
export const SYNONYM_GROUPS: string[][] = [
  ["栗子", "板栗", "毛栗", "chestnut", "chestnuts"],
  ["茶", "茶叶", "绿茶", "green tea", "tea leaves", "tea"],
  ["羊肉", "山羊肉", "黑山羊", "mutton", "lamb", "goat meat", "black goat", "goat", "sheep"],
  ["茯苓", "云苓", "白茯苓", "poria", "fuling", "tuckahoe"],
  ["天麻", "gastrodia", "tianma"],
  ["桔梗", "platycodon", "balloon flower"],
  ["礼盒", "礼品", "送礼", "gift", "gift box"],
  ["中药材", "药材", "herbs", "herbal"],
]

/** Seeds the groups into a store that has none, and writes them to the search engine. */
export async function seedSynonyms(container: ExecArgs["container"]) {
  const synonyms = container.resolve<SynonymModuleService>(SYNONYM_MODULE)
  if (!(await synonyms.groups()).length) {
    for (const words of SYNONYM_GROUPS) {
      await addSynonymGroupWorkflow(container).run({ input: { words, actor_type: "system", actor_id: "seed" } })
    }
  }
  await applySynonymsWorkflow(container).run()
}
