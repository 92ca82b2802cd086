import { Module } from "@medusajs/framework/utils"
import StationModuleService from "./service"

export const STATION_MODULE = "station"

export default Module(STATION_MODULE, { service: StationModuleService })
