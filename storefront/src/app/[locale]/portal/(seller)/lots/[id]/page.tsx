export { default, generateMetadata } from "@/modules/lots/templates/lot"
