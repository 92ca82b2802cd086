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
  "seller_order.held": "暂缓结算 Order's money held",
  "seller_order.hold_released": "解除暂缓 Hold released",
  "payout_batch.created": "生成付款批次 Payout batch created",
  "payout_item.paid": "标记已付 Payout item paid",
  "payout_item.failed": "标记付款失败 Payout item failed",
  "lot.withdrawn": "召回批次 Lot withdrawn",
  "lot.buyers_exported": "导出批次买家 Lot's buyers exported",
}

export const SUBJECTS: Record<string, string> = {
  seller: "商户 Seller",
  product: "商品 Listing",
  grade_standard: "等级标准 Grade standard",
  order: "订单 Order",
  payout_batch: "付款批次 Payout batch",
  payout_item: "付款明细 Payout item",
  lot: "批次 Lot",
}
