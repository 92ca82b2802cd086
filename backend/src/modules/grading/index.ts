import { Module } from "@medusajs/framework/utils"
import GradingModuleService from "./service"

export const GRADING_MODULE = "grading"

export default Module(GRADING_MODULE, { service: GradingModuleService })
