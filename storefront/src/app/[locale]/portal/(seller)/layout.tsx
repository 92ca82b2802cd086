export { default } from "@/modules/portal/templates/seller-layout"
