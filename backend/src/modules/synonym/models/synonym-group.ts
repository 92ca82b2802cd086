import { model } from "@medusajs/framework/utils"

// Words buyers use for the same thing, normalised (see @luotian/contract's normaliseSynonym), in the order given.
export const SynonymGroup = model.define("synonym_group", {
  id: model.id({ prefix: "syn" }).primaryKey(),
  words: model.json(),
})

export default SynonymGroup
