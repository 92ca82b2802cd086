import { Module } from "@medusajs/framework/utils"
import ListingReviewModuleService from "./service"

export const LISTING_REVIEW_MODULE = "listing_review"

export default Module(LISTING_REVIEW_MODULE, { service: ListingReviewModuleService })
