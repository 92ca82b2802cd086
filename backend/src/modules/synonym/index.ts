import { Module } from "@medusajs/framework/utils"
import SynonymModuleService from "./service"

// The association's search synonyms: groups of words buyers use for the same thing.
export const SYNONYM_MODULE = "synonym"

export default Module(SYNONYM_MODULE, { service: SynonymModuleService })
