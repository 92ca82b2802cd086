// The association's decisions as the audit log names them.
export const ACTIONS: Record<string, string> = {
  "seller.approved": "批准商户 Seller approved",
  "seller.suspended": "暂停商户 Seller suspended",
  "seller.reinstated": "恢复商户 Seller reinstated",
  "listing.approved": "批准上架 Listing approved",
  "listing.rejected": "驳回上架 Listing rejected",
  "standard.created": "创建标准 Standard created",
  "standard.versioned": "修订标准 Standard revised",
  "inspection.recorded": "记录质检 Inspection recorded",
  "lot.withdrawn": "召回批次 Lot withdrawn",
  "lot.buyers_exported": "导出批次买家 Lot's buyers exported",
}

export const SUBJECTS: Record<string, string> = {
  seller: "商户 Seller",
  product: "商品 Listing",
  grade_standard: "等级标准 Grade standard",
  lot: "批次 Lot",
}
