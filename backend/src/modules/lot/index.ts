import { Module } from "@medusajs/framework/utils"
import LotModuleService from "./service"

export const LOT_MODULE = "lot"

export default Module(LOT_MODULE, { service: LotModuleService })
