import { Module } from "@medusajs/framework/utils"
import validateOptions from "./loaders/validate-options"
import SettlementModuleService from "./service"

export const SETTLEMENT_MODULE = "settlement"

export default Module(SETTLEMENT_MODULE, { service: SettlementModuleService, loaders: [validateOptions] })
