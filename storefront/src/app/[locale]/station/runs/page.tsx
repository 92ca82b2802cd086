export { default, generateMetadata } from "@/modules/station/templates/runs"
