import type { AddressField, AddressProblem, EmailProblem } from "../util/address"
import type { PaymentMethod } from "../util/payment"
import type { Locale } from "./locales"

type Labels = Record<AddressField | "email", string>

const zhLabels: Labels = {
  email: "电子邮箱",
  name: "收件人姓名",
  province: "省份",
  city: "城市",
  district: "区/县",
  detail: "详细地址",
  phone: "手机号码",
}

const zh = {
  title: "结算",
  emptyCart: "购物车是空的，或者已经结算过了。",
  backToCart: "返回购物车",
  contact: "联系方式",
  emailHint: "订单确认会发到这个邮箱。",
  address: "收货地址（中国大陆）",
  labels: zhLabels,
  provincePlaceholder: "请选择省份",
  detailHint: "街道、门牌号、楼栋和房间号",
  phoneHint: "11 位手机号，快递员和服务站会联系你",
  delivery: "配送方式",
  deliveryFor: (seller: string) => `${seller}的配送`,
  payment: "支付方式",
  methods: {
    station: "到村级服务站付款 / 货到付款",
    card: "银行卡",
    alipay: "支付宝",
    wechat_pay: "微信支付",
  } satisfies Record<PaymentMethod, string>,
  stationHint: "收货时在服务站或向快递员付款，现在无需支付。",
  summary: "订单金额",
  placeOrder: "提交订单",
  placing: "正在提交…",
  fixFields: "请修改标出的内容后再提交。",
  // Field errors name their field.
  problem: (label: string, problem: AddressProblem | EmailProblem) =>
    ({
      required: `请填写${label}。`,
      tooLong: `${label}太长了，请精简一些。`,
      province: `${label}：请从列表中选择中国大陆的省份。`,
      phone: `${label}格式不对：请填写 11 位中国大陆手机号（1 开头，第二位是 3–9），例如 13800138000。`,
      email: `${label}格式不对，例如 name@example.cn。`,
    })[problem],
  chooseDelivery: (seller: string) => `配送方式：请为“${seller}”选择配送方式。`,
  choosePayment: "支付方式：请选择一种支付方式。",
  // Problems at placing the order; the cart and everything typed are kept.
  priceChanged: (total: string) => `价格有变化：卖家调整了商品价格，订单总额现在是 ${total}。请核对后再次点击“提交订单”。`,
  outOfStock: (titles: string) => `库存不足：${titles}。订单没有提交，购物车已为你保留，请回到购物车减少数量或移除。`,
  outOfStockUnknown: "库存不足：有商品数量超过了现有库存。订单没有提交，购物车已为你保留。",
  shortLine: (title: string, available: number) => (available > 0 ? `“${title}”只剩 ${available} 件` : `“${title}”已卖完`),
  declined: "付款没有成功（被拒绝或已取消），没有扣款。购物车仍然保留，请换一种支付方式再试。",
  unreachable: "商城暂时无法连接，订单没有提交。你填写的内容都还在，请稍后再点击“提交订单”。",
  failed: "订单没有提交成功，请再试一次。你填写的内容和购物车都还在。",
  // Stripe's Payment Element, only where Stripe is configured.
  payWith: (method: string) => `用${method}付款`,
  pay: (total: string) => `支付 ${total}`,
  paying: "正在付款…",
  stripeUnavailable: "在线支付暂时无法加载，请选择到站付款 / 货到付款，或稍后再试。",
}

export type CheckoutDictionary = typeof zh

const en: CheckoutDictionary = {
  title: "Checkout",
  emptyCart: "Your cart is empty, or it has already been checked out.",
  backToCart: "Back to the cart",
  contact: "Contact",
  emailHint: "We send the order confirmation to this address.",
  address: "Delivery address (mainland China)",
  labels: { email: "E-mail", name: "Recipient's name", province: "Province", city: "City", district: "District / county", detail: "Street address", phone: "Mobile phone" },
  provincePlaceholder: "Choose a province",
  detailHint: "Street, number, building and room",
  phoneHint: "11-digit mainland mobile; the courier or station will call it",
  delivery: "Delivery",
  deliveryFor: (seller: string) => `Delivery from ${seller}`,
  payment: "Payment",
  methods: {
    station: "Pay at the village station / cash on delivery",
    card: "Card",
    alipay: "Alipay",
    wechat_pay: "WeChat Pay",
  },
  stationHint: "Pay the station or the courier when you collect; nothing to pay now.",
  summary: "Order total",
  placeOrder: "Place order",
  placing: "Placing…",
  fixFields: "Please correct the marked fields and place the order again.",
  problem: (label: string, problem: AddressProblem | EmailProblem) =>
    ({
      required: `${label}: please fill this in.`,
      tooLong: `${label}: this is too long; please shorten it.`,
      province: `${label}: please choose a mainland province from the list.`,
      phone: `${label}: please enter an 11-digit mainland mobile number (starting 13–19), e.g. 13800138000.`,
      email: `${label}: this is not an e-mail address, e.g. name@example.cn.`,
    })[problem],
  chooseDelivery: (seller: string) => `Delivery: please choose a delivery for “${seller}”.`,
  choosePayment: "Payment: please choose how to pay.",
  priceChanged: (total: string) => `The price changed: a seller changed a price and the order total is now ${total}. Please check it and press “Place order” again.`,
  outOfStock: (titles: string) => `Not enough stock: ${titles}. The order was not placed; your cart is kept — lower the quantity or remove the item in the cart.`,
  outOfStockUnknown: "Not enough stock: an item's quantity is more than is left. The order was not placed; your cart is kept.",
  shortLine: (title: string, available: number) => (available > 0 ? `only ${available} of “${title}” left` : `“${title}” is sold out`),
  declined: "The payment did not go through (declined or cancelled); nothing was charged. Your cart is kept; please try another way to pay.",
  unreachable: "The store cannot be reached right now; the order was not placed. Everything you typed is still here; please press “Place order” again shortly.",
  failed: "The order could not be placed. Please try again; what you typed and your cart are kept.",
  payWith: (method: string) => `Pay with ${method}`,
  pay: (total: string) => `Pay ${total}`,
  paying: "Paying…",
  stripeUnavailable: "Online payment cannot be loaded right now. Please choose pay at the station / on delivery, or try again later.",
}

export const checkoutTexts = (locale: Locale): CheckoutDictionary => (locale === "en" ? en : zh)

const zhConfirmation = {
  title: "订单已提交，谢谢！",
  thanksPartner: (name: string) => `你在${name}品尝过的好味道，很快就会送到家。谢谢${name}的推荐！`,
  number: (n: number) => `订单号 ${n}`,
  placedOn: "下单时间",
  email: "确认邮箱",
  total: "订单总额",
  itemTotal: "商品",
  shippingTotal: "配送费",
  address: "收货地址",
  payment: "付款",
  paid: "已付款",
  payLater: "收货时在村级服务站付款或货到付款",
  parts: "各卖家的包裹",
  partsIntro: "每家卖家单独发货，各自有包裹和配送。",
  pending: "正在为各卖家生成分单，页面会自动刷新……",
  refresh: "刷新",
  partNumber: (n: number) => `分单 ${n}`,
  quantity: (q: number) => `× ${q}`,
  size: (size: string) => `规格 ${size}`,
  delivery: (name: string) => `配送：${name}`,
  partTotal: "本单合计",
  continue: "继续逛逛",
  notFound: "没有找到这个订单。",
}

const enConfirmation: typeof zhConfirmation = {
  title: "Thank you — your order is placed",
  thanksPartner: (name: string) => `What you tasted at ${name} is on its way home to you. Thanks to ${name} for the recommendation!`,
  number: (n: number) => `Order no. ${n}`,
  placedOn: "Placed",
  email: "Confirmation to",
  total: "Order total",
  itemTotal: "Goods",
  shippingTotal: "Delivery",
  address: "Delivery address",
  payment: "Payment",
  paid: "Paid",
  payLater: "Pay at the village station or on delivery",
  parts: "Your parcels, one per seller",
  partsIntro: "Each seller ships its own part with its own delivery.",
  pending: "Splitting your order among the sellers; this page refreshes by itself…",
  refresh: "Refresh",
  partNumber: (n: number) => `part ${n}`,
  quantity: (q: number) => `× ${q}`,
  size: (size: string) => `size ${size}`,
  delivery: (name: string) => `Delivery: ${name}`,
  partTotal: "Part total",
  continue: "Keep shopping",
  notFound: "There is no such order.",
}

export const confirmationTexts = (locale: Locale) => (locale === "en" ? enConfirmation : zhConfirmation)
