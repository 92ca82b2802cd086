export { default, generateMetadata } from "@/modules/portal/templates/new-listing"
