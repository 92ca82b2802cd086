import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ListCheckbox } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { PageHeader } from "../../components/page-header"
import { Failed, Loading } from "../../components/states"
import { useAllSellers } from "../../lib/sellers"
import { useCurrentStandards } from "../../lib/standards"
import { InspectionForm } from "./inspection-form"
import { InspectionList } from "./inspection-list"

// The association's inspections of sellers' lots: a listing may not claim a grade above the latest one supports.
const InspectionsPage = () => {
  const sellers = useAllSellers()
  const standards = useCurrentStandards()
  const error = sellers.error ?? standards.error
  return (
    <Container className="divide-y p-0" role="region" aria-label="质检 · Inspections">
      <PageHeader title="质检 · Inspections" hint="按现行标准评定批次等级 · Lots graded under the standard in force" />
      {sellers.isLoading || standards.isLoading ? <Loading /> : error || !sellers.data || !standards.data ? (
        <Failed what="无法加载商户或标准 Could not load the sellers or standards" error={error} />
      ) : (
        <>
          <InspectionForm sellers={sellers.data} standards={standards.data} />
          <InspectionList sellers={sellers.data} standards={standards.data} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "质检 Inspections", icon: ListCheckbox })

export default InspectionsPage
