import type { Locale } from "./locales"

const zh = {
  title: "我的账户",
  login: {
    title: "登录",
    submit: "登录",
    noAccount: "还没有账户？",
    register: "注册新账户",
  },
  register: {
    title: "注册账户",
    submit: "注册",
    haveAccount: "已经有账户？",
    login: "直接登录",
  },
  fields: {
    name: "姓名",
    email: "电子邮箱",
    password: "密码",
    passwordHint: "至少 8 位",
  },
  errors: {
    nameMissing: "请填写“姓名”。",
    emailInvalid: "“电子邮箱”格式不对，例如 li.ming@example.cn。",
    emailTaken: "这个“电子邮箱”已经注册过，请直接登录。",
    passwordShort: "“密码”太短：至少需要 8 位。",
    wrongPassword: "“密码”不正确，或这个电子邮箱还没有注册。",
    unavailable: "商城暂时无法连接，请稍后再试，您填写的内容已保留。",
  },
  sending: "正在提交…",
  greeting: (name: string) => `您好，${name}`,
  email: "电子邮箱",
  logout: "退出登录",
  orders: "我的订单",
  noOrders: "您还没有订单。",
  shop: "去逛逛",
  purchase: (n: number) => `订单 #${n}`,
  placedOn: "下单时间",
  total: "订单总额",
  itemsOf: "商品",
  delivery: "运费",
  partTotal: "小计",
  quantity: (n: number) => `× ${n}`,
  sentTo: "收货地址",
  partsPending: "订单正在分配给各卖家，请稍候刷新。",
  status: {
    notShipped: "尚未发货",
    courier: (carrier: string, tracking: string) => `已由${carrier}发货，运单号 ${tracking}`,
    station: (station: string) => `已交给服务站：${station}`,
    canceled: "卖家已取消这部分订单",
  },
}

export type AccountDictionary = typeof zh

const en: AccountDictionary = {
  title: "My account",
  login: {
    title: "Log in",
    submit: "Log in",
    noAccount: "No account yet?",
    register: "Create one",
  },
  register: {
    title: "Create an account",
    submit: "Create account",
    haveAccount: "Already have an account?",
    login: "Log in",
  },
  fields: {
    name: "Name",
    email: "E-mail",
    password: "Password",
    passwordHint: "at least 8 characters",
  },
  errors: {
    nameMissing: "Please fill in “Name”.",
    emailInvalid: "“E-mail” does not look right, e.g. li.ming@example.cn.",
    emailTaken: "This “E-mail” is already registered. Please log in instead.",
    passwordShort: "“Password” is too short: it needs at least 8 characters.",
    wrongPassword: "“Password” is wrong, or this e-mail is not registered yet.",
    unavailable: "The store cannot be reached right now. Please try again shortly; what you typed is kept.",
  },
  sending: "Sending…",
  greeting: (name: string) => `Hello, ${name}`,
  email: "E-mail",
  logout: "Log out",
  orders: "My orders",
  noOrders: "You have no orders yet.",
  shop: "Start shopping",
  purchase: (n: number) => `Order #${n}`,
  placedOn: "Placed on",
  total: "Order total",
  itemsOf: "Items",
  delivery: "Delivery",
  partTotal: "Subtotal",
  quantity: (n: number) => `× ${n}`,
  sentTo: "Delivery address",
  partsPending: "The order is being passed to its sellers. Refresh in a moment.",
  status: {
    notShipped: "Not yet shipped",
    courier: (carrier: string, tracking: string) => `Shipped by ${carrier}, tracking ${tracking}`,
    station: (station: string) => `Handed to station ${station}`,
    canceled: "The seller canceled this part of the order",
  },
}

export const accountDictionary = (locale: Locale): AccountDictionary => (locale === "en" ? en : zh)
