import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * Stripe's API on loopback, for Medusa's Stripe provider: exactly the endpoints the provider calls (payment
 * intents, refunds, customers, payment methods) plus the confirmation Stripe.js makes from the storefront.
 * Form-encoded requests, Stripe-shaped objects and errors, Idempotency-Key replay, and state for assertions.
 */
type Json = Record<string, any>
type Reply = { status: number; body: Json; saved: boolean }
type Call = { method: string; path: string; params: Json; publishable: boolean }

// Thrown by a handler, answered as Stripe answers: { error: { type, code, message, param, … } }.
class StripeFailure extends Error {
  constructor(readonly status: number, readonly error: Json, readonly saved = true) {
    super(error.message)
  }
}
const invalid = (message: string, extra: Json = {}, saved = true) =>
  new StripeFailure(400, { type: "invalid_request_error", message, ...extra }, saved)
const missing = (param: string) => invalid(`Missing required param: ${param}.`, { code: "parameter_missing", param }, false)
const noSuch = (kind: string, id: string, param = "id") =>
  new StripeFailure(404, { type: "invalid_request_error", code: "resource_missing", param, message: `No such ${kind}: '${id}'` })

const unrecognized = (method: string, path: string) =>
  new StripeFailure(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` })
const newId = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString("hex")}`
const now = () => Math.floor(Date.now() / 1000)
const WALLETS = ["alipay", "wechat_pay"]
// Stripe's test payment methods the storefront may confirm with.
const TEST_CARDS: Json = {
  pm_card_visa: { brand: "visa", last4: "4242" },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002", declined: true },
}
const INTENT_PARAMS = ["amount", "currency", "capture_method", "confirm", "customer", "description", "expand", "metadata",
  "off_session", "payment_method", "payment_method_configuration", "payment_method_data", "payment_method_options",
  "payment_method_types", "automatic_payment_methods", "receipt_email", "return_url", "setup_future_usage", "shipping"]
const CUSTOMER_PARAMS = ["address", "description", "email", "expand", "metadata", "name", "phone", "shipping"]

/** Decodes Stripe's form encoding (`metadata[session_id]=…&expand[0]=payment_method`) into objects and arrays. */
export function decodeForm(text: string): Json {
  const root: Json = {}
  for (const [name, value] of new URLSearchParams(text)) {
    const path = name.replace(/]/g, "").split("[")
    if (path.some((key) => ["__proto__", "constructor", "prototype"].includes(key))) continue
    let node = root
    path.forEach((key, i) => (i === path.length - 1 ? (node[key] = value) : (node = node[key] ??= {})))
  }
  const arrays = (value: any): any => {
    if (typeof value !== "object") return value
    const keys = Object.keys(value)
    if (keys.length && keys.every((key) => /^\d+$/.test(key))) return keys.sort((a, b) => +a - +b).map((key) => arrays(value[key]))
    return Object.fromEntries(keys.map((key) => [key, arrays(value[key])]))
  }
  return arrays(root)
}

function only(params: Json, allowed: string[]) {
  const unknown = Object.keys(params).find((name) => !allowed.includes(name))
  if (unknown) throw invalid(`Received unknown parameter: ${unknown}`, { code: "parameter_unknown", param: unknown }, false)
}

function integer(params: Json, param: string, required = false): number | undefined {
  const value = params[param]
  if (value === undefined) {
    if (required) throw missing(param)
    return undefined
  }
  if (typeof value !== "string" || !/^\d+$/.test(value)) {
    throw invalid(`Invalid integer: ${value}`, { code: "parameter_invalid_integer", param }, false)
  }
  if (Number(value) < 1) throw invalid("Amount must be at least 1.", { code: "amount_too_small", param }, false)
  return Number(value)
}

export class StripeEmulator {
  readonly intents = new Map<string, Json>()
  readonly charges = new Map<string, Json>()
  readonly refunds = new Map<string, Json>()
  readonly customers = new Map<string, Json>()
  readonly paymentMethods = new Map<string, Json>()
  /** Every request answered, in order. */
  readonly requests: { method: string; path: string; idempotencyKey?: string; status: number; replayed: boolean }[] = []
  private readonly saved = new Map<string, { fingerprint: string; reply: Reply }>()
  private readonly server = http.createServer((req, res) => void this.handle(req, res))
  url = ""

  constructor(readonly secretKey = "sk_test_emulator", readonly publishableKey = "pk_test_emulator") {}

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    return (this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`)
  }

  close() {
    this.server.closeAllConnections()
    return new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** The buyer approved a wallet payment (confirmed in the Alipay app, scanned WeChat Pay's QR code). */
  approve(intentId: string) {
    const intent = this.intents.get(intentId)!
    if (intent.status !== "requires_action") throw new Error(`${intentId} is ${intent.status}, not awaiting the buyer`)
    intent.next_action = null
    this.pay(intent)
    return intent
  }

  /** The event Stripe would send about the intent as it is now. */
  event(type: string, intentId: string): Json {
    const intent = this.intents.get(intentId)!
    return {
      id: newId("evt"), object: "event", api_version: "2024-04-10", created: now(), livemode: false, pending_webhooks: 1,
      request: { id: null, idempotency_key: null }, type, data: { object: structuredClone(intent) },
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk)
    const raw = Buffer.concat(chunks).toString("utf8")
    const url = new URL(req.url ?? "/", "http://api.stripe.local")
    const method = req.method ?? "GET"
    const key = (req.headers.authorization ?? "").replace(/^Bearer /, "")
    const idempotencyKey = method === "POST" ? (req.headers["idempotency-key"] as string | undefined) : undefined
    const fingerprint = `${method} ${url.pathname} ${raw}`
    const earlier = idempotencyKey ? this.saved.get(`${key} ${idempotencyKey}`) : undefined
    let reply: Reply
    if (earlier && earlier.fingerprint !== fingerprint) {
      const message = "Keys for idempotent requests can only be used with the same parameters they were first used with. " +
        `Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`
      reply = this.failure(invalid(message, { type: "idempotency_error" }))
    } else {
      reply = earlier?.reply ?? this.answer(method, url.pathname, method === "POST" ? raw : url.search.slice(1), key)
      if (idempotencyKey && !earlier && reply.saved) this.saved.set(`${key} ${idempotencyKey}`, { fingerprint, reply })
    }
    this.requests.push({ method, path: url.pathname, idempotencyKey, status: reply.status, replayed: !!earlier })
    res.writeHead(reply.status, {
      "content-type": "application/json",
      "request-id": newId("req"),
      ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
      ...(earlier ? { "idempotent-replayed": "true" } : {}),
    })
    res.end(JSON.stringify(reply.body, null, 2))
  }

  private failure(error: unknown): Reply {
    if (error instanceof StripeFailure) return { status: error.status, body: { error: error.error }, saved: error.saved }
    return { status: 500, body: { error: { type: "api_error", message: String(error) } }, saved: false }
  }

  private answer(method: string, path: string, form: string, key: string): Reply {
    try {
      if (key !== this.secretKey && key !== this.publishableKey) {
        throw new StripeFailure(401, { type: "invalid_request_error", message: `Invalid API Key provided: ${key.slice(0, 8)}****` })
      }
      const params = decodeForm(form)
      return { status: 200, body: this.route({ method, path, params, publishable: key === this.publishableKey }), saved: true }
    } catch (error) {
      return this.failure(error)
    }
  }

  private route(call: Call): Json {
    const { method, path, params } = call
    const [, resource, id, action] = path.match(/^\/v1\/([a-z_]+)(?:\/([^/]+))?(?:\/([a-z_]+))?$/) ?? []
    if (resource === "payment_intents") {
      if (!id && method === "POST") return this.secretOnly(call, () => this.createIntent(params))
      const intent = this.intents.get(id!)
      if (!intent) throw noSuch("payment_intent", id ?? "", "intent")
      // Stripe.js, with the publishable key, may read and confirm an intent whose client secret it holds.
      if (call.publishable && params.client_secret !== intent.client_secret) {
        throw invalid("The client_secret provided does not match the client_secret associated with the PaymentIntent.", { param: "client_secret" })
      }
      if (method === "GET" && !action) {
        only(params, ["expand", "client_secret"])
        return this.view(intent, params)
      }
      if (method === "POST" && action === "confirm") return this.confirm(intent, params)
      if (method === "POST" && !action) return this.secretOnly(call, () => this.updateIntent(intent, params))
      if (method === "POST" && action === "capture") return this.secretOnly(call, () => this.capture(intent, params))
      if (method === "POST" && action === "cancel") return this.secretOnly(call, () => this.cancel(intent, params))
    }
    if (resource === "refunds" && method === "POST" && !id) return this.secretOnly(call, () => this.refund(params))
    if (resource === "customers") return this.secretOnly(call, () => this.customer(method, id, action, params))
    if (resource === "payment_methods" && method === "GET" && id && !action) {
      const paymentMethod = this.paymentMethods.get(id)
      if (!paymentMethod) throw noSuch("PaymentMethod", id)
      return this.secretOnly(call, () => paymentMethod)
    }
    throw unrecognized(method, path)
  }

  private secretOnly(call: Call, run: () => Json) {
    if (call.publishable) {
      throw new StripeFailure(403, { type: "invalid_request_error", message: "This API call cannot be made with a publishable API key." })
    }
    return run()
  }

  private view(intent: Json, params: Json) {
    const copy = structuredClone(intent)
    if ([].concat(params.expand ?? []).includes("payment_method" as never) && copy.payment_method) {
      copy.payment_method = this.paymentMethods.get(copy.payment_method)
    }
    return copy
  }

  private createIntent(params: Json) {
    only(params, INTENT_PARAMS)
    const amount = integer(params, "amount", true)!
    if (!params.currency) throw missing("currency")
    if (!/^[a-z]{3}$/.test(params.currency)) throw invalid(`Invalid currency: ${params.currency}.`, { param: "currency" }, false)
    const types: string[] = params.payment_method_types ?? ["card"]
    const unsupported = types.find((type) => type !== "card" && !WALLETS.includes(type))
    if (unsupported) throw invalid(`The payment method type provided: ${unsupported} is invalid.`, { param: "payment_method_types" }, false)
    const capture_method = params.capture_method ?? "automatic"
    const manualWallet = types.find((type) => WALLETS.includes(type))
    if (capture_method === "manual" && manualWallet) {
      throw invalid(`The payment method type \`${manualWallet}\` does not support manual capture.`, { param: "capture_method" }, false)
    }
    if (params.customer && !this.customers.has(params.customer)) throw noSuch("customer", params.customer, "customer")
    const id = newId("pi")
    const intent: Json = {
      id, object: "payment_intent", amount, amount_capturable: 0, amount_received: 0, canceled_at: null,
      cancellation_reason: null, capture_method, client_secret: `${id}_secret_${crypto.randomBytes(12).toString("hex")}`,
      confirmation_method: "automatic", created: now(), currency: params.currency, customer: params.customer ?? null,
      description: params.description ?? null, last_payment_error: null, latest_charge: null, livemode: false,
      metadata: params.metadata ?? {}, next_action: null, payment_method: null, payment_method_options: params.payment_method_options ?? {},
      payment_method_types: types, automatic_payment_methods: params.payment_method_types ? null : { enabled: true, allow_redirects: "always" },
      setup_future_usage: params.setup_future_usage ?? null, status: "requires_payment_method",
    }
    this.intents.set(id, intent)
    if (params.confirm === "true") this.confirm(intent, params)
    return this.view(intent, params)
  }

  private updateIntent(intent: Json, params: Json) {
    only(params, INTENT_PARAMS.filter((name) => !["confirm", "off_session", "return_url"].includes(name)))
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) throw this.unexpected(intent, "update")
    intent.amount = integer(params, "amount") ?? intent.amount
    for (const [name, value] of Object.entries<string>(params.metadata ?? {})) {
      if (value === "") delete intent.metadata[name]
      else intent.metadata[name] = value
    }
    if (params.description !== undefined) intent.description = params.description
    return this.view(intent, params)
  }

  // What Stripe.js does when the buyer pays: attach the payment method and try it.
  private confirm(intent: Json, params: Json) {
    only(params, ["client_secret", ...INTENT_PARAMS])
    if (!["requires_payment_method", "requires_confirmation"].includes(intent.status)) throw this.unexpected(intent, "confirm")
    const method = this.paymentMethodFor(params)
    if (!intent.payment_method_types.includes(method.type)) {
      throw invalid(`The provided PaymentMethod's type (${method.type}) is not allowed on this PaymentIntent.`, {
        code: "payment_intent_invalid_parameter",
        param: "payment_method",
      })
    }
    intent.payment_method = method.id
    intent.last_payment_error = null
    if (method.type === "card") {
      if (method.card.declined) {
        intent.status = "requires_payment_method"
        const decline = {
          type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined.", payment_method: method,
        }
        intent.last_payment_error = decline
        throw new StripeFailure(402, { ...decline, payment_intent: this.view(intent, {}) })
      }
      this.pay(intent)
      return this.view(intent, params)
    }
    if (method.type === "alipay" && !params.return_url) throw missing("return_url")
    intent.status = "requires_action"
    intent.next_action = method.type === "alipay"
      ? {
          type: "alipay_handle_redirect",
          alipay_handle_redirect: { native_data: null, native_url: null, return_url: params.return_url, url: `${this.url}/alipay/${intent.id}` },
        }
      : {
          type: "wechat_pay_display_qr_code",
          wechat_pay_display_qr_code: { data: `weixin://wxpay/bizpayurl?pr=${intent.id}`, hosted_instructions_url: `${this.url}/wechat_pay/${intent.id}` },
        }
    return this.view(intent, params)
  }

  private paymentMethodFor(params: Json) {
    const type = params.payment_method_data?.type
    if (!params.payment_method && !type) throw missing("payment_method")
    if (type && type !== "card" && !WALLETS.includes(type)) {
      throw invalid(`Invalid payment_method_data[type]: ${type}`, { param: "payment_method_data[type]" })
    }
    if (this.paymentMethods.has(params.payment_method)) return this.paymentMethods.get(params.payment_method)!
    const card = TEST_CARDS[params.payment_method]
    if (params.payment_method && !card) throw noSuch("PaymentMethod", params.payment_method, "payment_method")
    const method: Json = { id: newId("pm"), object: "payment_method", type: card ? "card" : type, created: now(), customer: null, livemode: false }
    method[method.type] = card ? { ...card, exp_month: 12, exp_year: 2034, funding: "credit" } : {}
    this.paymentMethods.set(method.id, method)
    return method
  }

  private pay(intent: Json) {
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      this.charge(intent, intent.amount)
    }
  }

  private charge(intent: Json, amount: number) {
    const charge = {
      id: newId("ch"), object: "charge", amount: intent.amount, amount_captured: amount, amount_refunded: 0, captured: true,
      currency: intent.currency, payment_intent: intent.id, payment_method: intent.payment_method, refunded: false, status: "succeeded",
    }
    this.charges.set(charge.id, charge)
    Object.assign(intent, { status: "succeeded", amount_received: amount, amount_capturable: 0, latest_charge: charge.id })
  }

  private unexpected(intent: Json, action: string) {
    return invalid(`You cannot ${action} this PaymentIntent because it has a status of ${intent.status}.`, {
      code: "payment_intent_unexpected_state",
      payment_intent: this.view(intent, {}),
    })
  }

  private capture(intent: Json, params: Json) {
    only(params, ["amount_to_capture", "expand", "metadata"])
    if (intent.status !== "requires_capture") throw this.unexpected(intent, "capture")
    const amount = integer(params, "amount_to_capture") ?? intent.amount_capturable
    if (amount > intent.amount_capturable) {
      throw invalid("The amount to capture is greater than the amount capturable.", { code: "amount_too_large", param: "amount_to_capture" })
    }
    this.charge(intent, amount)
    return this.view(intent, params)
  }

  private cancel(intent: Json, params: Json) {
    only(params, ["cancellation_reason", "expand"])
    if (!["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"].includes(intent.status)) {
      throw this.unexpected(intent, "cancel")
    }
    const cancellation_reason = params.cancellation_reason ?? null
    Object.assign(intent, { status: "canceled", canceled_at: now(), cancellation_reason, amount_capturable: 0, next_action: null })
    return this.view(intent, params)
  }

  private refund(params: Json) {
    only(params, ["amount", "charge", "expand", "metadata", "payment_intent", "reason"])
    if (!params.payment_intent && !params.charge) throw missing("payment_intent")
    const param = params.payment_intent ? "payment_intent" : "charge"
    const intent = params.payment_intent
      ? this.intents.get(params.payment_intent)
      : [...this.intents.values()].find((i) => i.latest_charge && i.latest_charge === params.charge)
    if (!intent) throw noSuch(param, params[param], param)
    const charge = this.charges.get(intent.latest_charge)
    if (!charge) throw invalid(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, { code: "charge_not_refundable" })
    const left = charge.amount_captured - charge.amount_refunded
    if (left === 0) throw invalid(`Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded", charge: charge.id })
    const amount = integer(params, "amount") ?? left
    if (amount > left) {
      throw invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`, { code: "amount_too_large", param: "amount" })
    }
    charge.amount_refunded += amount
    charge.refunded = charge.amount_refunded === charge.amount_captured
    const refund = {
      id: newId("re"), object: "refund", amount, charge: charge.id, created: now(), currency: charge.currency,
      metadata: params.metadata ?? {}, payment_intent: intent.id, reason: params.reason ?? null, status: "succeeded",
    }
    this.refunds.set(refund.id, refund)
    return refund
  }

  private customer(method: string, id: string | undefined, action: string | undefined, params: Json) {
    if (!id && method === "POST") {
      only(params, CUSTOMER_PARAMS)
      const { expand, ...fields } = params
      const customer = { id: newId("cus"), object: "customer", created: now(), livemode: false, metadata: {}, ...fields }
      this.customers.set(customer.id, customer)
      return customer
    }
    const customer = id && this.customers.get(id)
    if (!customer) throw noSuch("customer", id ?? "")
    if (method === "GET" && action === "payment_methods") {
      const data = [...this.paymentMethods.values()].filter((pm) => pm.customer === id)
      return { object: "list", data, has_more: false, url: `/v1/customers/${id}/payment_methods` }
    }
    if (method === "POST" && !action) {
      only(params, CUSTOMER_PARAMS)
      const { expand, ...changes } = params
      return Object.assign(customer, changes)
    }
    if (method === "DELETE" && !action) {
      this.customers.delete(id!)
      return { id, object: "customer", deleted: true }
    }
    throw unrecognized(method, `/v1/customers/${id}/${action ?? ""}`)
  }
}

/** The Stripe-Signature header for a payload: `t=<timestamp>,v1=<HMAC-SHA256(secret, "<timestamp>.<payload>")>`. */
export function stripeSignature(payload: string, secret: string, timestamp = now()) {
  return `t=${timestamp},v1=${crypto.createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex")}`
}

/** A webhook delivery as Stripe sends it: the event as pretty-printed JSON and its signature. Post it again to replay it. */
export function signedDelivery(event: Json, secret: string) {
  const payload = JSON.stringify(event, null, 2)
  return { payload, signature: stripeSignature(payload, secret) }
}

type Api = { post: Function }

/** Posts a delivery to Medusa's payment webhook route (`/hooks/payment/<identifier>_<id>`) and answers its response. */
export function deliver(api: Api, delivery: { payload: string; signature: string }, route = "/hooks/payment/stripe_stripe") {
  return api.post(route, delivery.payload, {
    headers: { "content-type": "application/json", "stripe-signature": delivery.signature },
    transformRequest: [(data: unknown) => data],
    validateStatus: () => true,
  })
}

/** What Stripe.js does in the buyer's browser: confirm the intent with the publishable key and its client secret. */
export async function confirmInBrowser(emulator: StripeEmulator, clientSecret: string, params: Record<string, string>) {
  const intentId = clientSecret.split("_secret_")[0]
  const response = await fetch(`${emulator.url}/v1/payment_intents/${intentId}/confirm`, {
    method: "POST",
    headers: { authorization: `Bearer ${emulator.publishableKey}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_secret: clientSecret, ...params }),
  })
  return { status: response.status, body: await response.json() }
}
