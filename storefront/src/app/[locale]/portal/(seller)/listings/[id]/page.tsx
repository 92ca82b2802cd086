export { default, generateMetadata } from "@/modules/portal/templates/edit-listing"
