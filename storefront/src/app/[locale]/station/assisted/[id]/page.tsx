export { default, generateMetadata } from "@/modules/station/templates/assisted-order"
