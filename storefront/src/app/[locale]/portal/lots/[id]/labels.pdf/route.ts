export { GET } from "@/modules/lots/labels-pdf"
