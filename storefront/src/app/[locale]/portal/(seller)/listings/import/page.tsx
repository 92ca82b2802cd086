export { default, generateMetadata } from "@/modules/portal/templates/import-listings"
