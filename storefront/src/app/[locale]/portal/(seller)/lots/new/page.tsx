export { default, generateMetadata } from "@/modules/lots/templates/new-lot"
