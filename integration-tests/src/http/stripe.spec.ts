import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readyCart } from "../support/checkout"
import { CHESTNUTS, listApproved, PORIA, withStock } from "../support/listings"
import { registerSeller } from "../support/sellers"
import { sellerOrderOf as sellerOrderIn } from "../support/purchases"
import { adminHeaders, backendDir, eventually, seedStore, storeHeaders } from "../support/store"
import { confirmInBrowser, deliver, signedDelivery, StripeEmulator, stripeSignature } from "../support/stripe-emulator"

jest.setTimeout(300_000)

// Medusa's real Stripe provider against Stripe's API on loopback. medusa-config.ts reads these when the runner
// boots, in its own beforeAll, which runs after this one has given the emulator its port.
const emulator = new StripeEmulator("sk_test_luotian", "pk_test_luotian")
const WEBHOOK_SECRET = "whsec_luotian_test"
process.env.STRIPE_API_KEY = emulator.secretKey
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
beforeAll(async () => {
  process.env.STRIPE_API_BASE = await emulator.listen()
})
afterAll(() => emulator.close())

// Medusa acts on a webhook 5 s after accepting it; "nothing changed" can only be seen after that.
const WEBHOOK_SETTLED_MS = 9_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const RETURN_URL = "http://localhost:8000/zh-CN/checkout"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let chen: Awaited<ReturnType<typeof registerSeller>>
    let wang: Awaited<ReturnType<typeof registerSeller>>
    let nuts: any
    let poria: any
    let store: { headers: Record<string, string> }

    const items = (nutsQty: number, poriaQty = 0) =>
      [
        { variant_id: nuts.variants[0].id, quantity: nutsQty },
        { variant_id: poria.variants[0].id, quantity: poriaQty },
      ].filter((item) => item.quantity > 0)
    // The response whether or not the request failed, to assert on what the client sees.
    const answer = (request: Promise<any>) => request.then((r) => r, (e) => e.response)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const sessionOf = async (cartId: string, headers = store) => {
      const { data } = await api.get(`/store/carts/${cartId}?fields=*payment_collection.payment_sessions`, headers)
      return data.cart.payment_collection.payment_sessions[0]
    }
    const ordersOfCart = async (cartId: string) =>
      (await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })).data.map((row: any) => row.order_id)
    const paymentsOf = async (cartId: string) => {
      const { data } = await query().graph({
        entity: "cart",
        fields: ["payment_collection.payments.*", "payment_collection.payments.captures.amount", "payment_collection.payments.refunds.amount"],
        filters: { id: cartId },
      })
      return ((data[0] as any).payment_collection?.payments ?? []) as any[]
    }
    const amounts = (rows: { amount: unknown }[]) => rows.map((row) => Number(row.amount))
    const stripeCalls = (intentId: string, action: string) => emulator.requests.filter((r) => r.path === `/v1/payment_intents/${intentId}/${action}`)
    const sellerOrderOf = (auth: object, purchaseId: string) => sellerOrderIn(api, getContainer(), auth, purchaseId)

    // Wait until the purchase is split into seller orders, so nothing runs on into the next test's database.
    const split = (purchaseId: string, ...sellers: { auth: object }[]) => Promise.all(sellers.map((s) => sellerOrderOf(s.auth, purchaseId)))

    /** A buyer pays by card in the browser and completes the cart: the placed purchase and its intent. */
    const payByCard = async (cartItems: ReturnType<typeof items>) => {
      const cartId = await readyCart(api, store, cartItems, "pp_stripe_stripe")
      const session = await sessionOf(cartId)
      const confirmed = await confirmInBrowser(emulator, session.data.client_secret, { payment_method: "pm_card_visa" })
      expect([confirmed.status, confirmed.body.status]).toEqual([200, "succeeded"])
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      return { cartId, session, order: data.order, intent: emulator.intents.get(session.data.id)! }
    }

    beforeAll(async () => {
      await seedStore(getContainer())
      chen = await registerSeller(api, "chen-stripe")
      wang = await registerSeller(api, "wang-stripe")
      nuts = await listApproved(api, chen, withStock(CHESTNUTS, 50))
      poria = await listApproved(api, wang, withStock(PORIA, 50))
      store = await storeHeaders(getContainer())
    })

    it("offers card, Alipay and WeChat Pay in the CNY region and card in the USD region, beside paying at the station", async () => {
      const { data: { regions } } = await api.get("/store/regions", store)
      const offered = async (currency: string) => {
        const region = regions.find((r: any) => r.currency_code === currency)
        const { data } = await api.get(`/store/payment-providers?region_id=${region.id}`, store)
        return data.payment_providers.map((p: any) => p.id).sort()
      }
      expect(await offered("cny")).toEqual(["pp_stripe-alipay_stripe", "pp_stripe-wechatpay_stripe", "pp_stripe_stripe", "pp_system_default"])
      expect(await offered("usd")).toEqual(["pp_stripe_stripe", "pp_system_default"])
    })

    it("charges a buyer in the USD region by card, in cents", async () => {
      const { data: [chestnuts] } = await query().graph({ entity: "product", fields: ["variants.id", "variants.title"], filters: { handle: "fresh-chestnut-special" } })
      const { data: { regions } } = await api.get("/store/regions", store)
      const region_id = regions.find((r: any) => r.currency_code === "usd").id
      const items = [{ variant_id: (chestnuts as any).variants.find((v: any) => v.title === "2.5kg").id, quantity: 3 }]
      const { data } = await api.post("/store/carts", { region_id, email: "buyer@example.com", items }, store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, store)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_stripe_stripe" }, store)
      const session = await sessionOf(data.cart.id)
      // 3 × $12.39 (the seed's price for ¥88), before delivery is chosen.
      expect(Number(session.amount)).toBe(37.17)
      expect(emulator.intents.get(session.data.id)).toMatchObject({ amount: 3717, currency: "usd", payment_method_types: ["card"] })
    })

    it("takes a card payment for one purchase from two sellers, in fen, captured once, and ignores Stripe's later webhook", async () => {
      const cartId = await readyCart(api, store, items(2, 3), "pp_stripe_stripe")
      const session = await sessionOf(cartId)
      // 2 × ¥70 + 3 × ¥42.50 + each seller's ¥12 delivery = ¥291.50; Stripe counts CNY in fen.
      expect([session.provider_id, Number(session.amount), session.status]).toEqual(["pp_stripe_stripe", 291.5, "pending"])
      const intent = emulator.intents.get(session.data.id)!
      expect(intent).toMatchObject({
        amount: 29150, currency: "cny", status: "requires_payment_method", capture_method: "automatic",
        payment_method_types: ["card"], metadata: { session_id: session.id },
      })
      // The storefront gets the client secret from the session and confirms with Stripe.js.
      expect(session.data.client_secret).toBe(intent.client_secret)
      const confirmed = await confirmInBrowser(emulator, session.data.client_secret, { payment_method: "pm_card_visa" })
      expect([confirmed.status, confirmed.body.status, confirmed.body.amount_received]).toEqual([200, "succeeded", 29150])

      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.type).toBe("order")
      expect(Number(completed.order.total)).toBe(291.5)
      const [payment, ...others] = await paymentsOf(cartId)
      expect(others).toEqual([])
      expect([payment.provider_id, Number(payment.amount), payment.currency_code, payment.data.id]).toEqual(["pp_stripe_stripe", 291.5, "cny", intent.id])
      expect(amounts(payment.captures)).toEqual([291.5])
      expect(payment.captured_at).toBeTruthy()
      // Stripe captured when the buyer paid: Medusa never asks it to capture again.
      expect(stripeCalls(intent.id, "capture")).toEqual([])

      // Each seller gets its share as an order of its own.
      expect(Number((await sellerOrderOf(chen.auth, completed.order.id)).total)).toBe(152)
      expect(Number((await sellerOrderOf(wang.auth, completed.order.id)).total)).toBe(139.5)

      // Stripe's payment_intent.succeeded arrives after the buyer completed the cart, and a double click completes again.
      const webhook = await deliver(api, signedDelivery(emulator.event("payment_intent.succeeded", intent.id), WEBHOOK_SECRET))
      expect(webhook.status).toBe(200)
      const { data: again } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(again.order.id).toBe(completed.order.id)
      await sleep(WEBHOOK_SETTLED_MS)
      expect(await ordersOfCart(cartId)).toEqual([completed.order.id])
      expect(amounts((await paymentsOf(cartId))[0].captures)).toEqual([291.5])
      expect(intent).toMatchObject({ status: "succeeded", amount_received: 29150 })
    })

    it("places no order for a declined card, and places it once the buyer starts over with another card", async () => {
      const cartId = await readyCart(api, store, items(1), "pp_stripe_stripe")
      const session = await sessionOf(cartId)
      const declined = await confirmInBrowser(emulator, session.data.client_secret, { payment_method: "pm_card_chargeDeclined" })
      expect([declined.status, declined.body.error.code, declined.body.error.payment_intent.status]).toEqual([402, "card_declined", "requires_payment_method"])

      // A storefront that completes the cart anyway gets a 400, and there is no order and no payment.
      const refused = await answer(api.post(`/store/carts/${cartId}/complete`, {}, store))
      expect([refused.status, refused.data.type, refused.data.message]).toEqual([400, "not_allowed", expect.stringMatching(/not authorized with the provider/)])
      expect(await ordersOfCart(cartId)).toEqual([])
      expect(await paymentsOf(cartId)).toEqual([])

      // Starting the payment over cancels the declined intent at Stripe and makes a new one.
      const { data } = await api.get(`/store/carts/${cartId}?fields=payment_collection.id`, store)
      await api.post(`/store/payment-collections/${data.cart.payment_collection.id}/payment-sessions`, { provider_id: "pp_stripe_stripe" }, store)
      const retry = await sessionOf(cartId)
      expect(retry.id).not.toBe(session.id)
      expect(emulator.intents.get(session.data.id)!.status).toBe("canceled")
      await confirmInBrowser(emulator, retry.data.client_secret, { payment_method: "pm_card_visa" })
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect([completed.type, Number(completed.order.total)]).toEqual(["order", 82])
      expect(emulator.intents.get(retry.data.id)).toMatchObject({ status: "succeeded", amount_received: 8200 })
      await split(completed.order.id, chen)
    })

    it("places the order of an Alipay buyer who never came back, once, from Stripe's signed webhook only", async () => {
      const cartId = await readyCart(api, store, items(1, 1), "pp_stripe-alipay_stripe")
      const session = await sessionOf(cartId)
      const intent = emulator.intents.get(session.data.id)!
      // ¥70 + ¥42.50 + two ¥12 deliveries.
      expect(intent).toMatchObject({ amount: 13650, currency: "cny", payment_method_types: ["alipay"], capture_method: "automatic" })
      const redirected = await confirmInBrowser(emulator, session.data.client_secret, { "payment_method_data[type]": "alipay", return_url: RETURN_URL })
      expect([redirected.body.status, redirected.body.next_action.type]).toEqual(["requires_action", "alipay_handle_redirect"])
      // The buyer pays in Alipay and closes the page; Stripe tells the store.
      emulator.approve(intent.id)
      const delivery = signedDelivery(emulator.event("payment_intent.succeeded", intent.id), WEBHOOK_SECRET)

      const forgeries = [
        { payload: delivery.payload, signature: stripeSignature(delivery.payload, "whsec_someone_else") },
        { payload: delivery.payload.replace('"amount": 13650', '"amount": 1'), signature: delivery.signature },
        { payload: delivery.payload, signature: stripeSignature(delivery.payload, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 3600) },
        { payload: delivery.payload, signature: "" },
      ]
      for (const forged of forgeries) {
        const refused = await deliver(api, forged)
        expect([refused.status, refused.data]).toEqual([400, expect.stringMatching(/signature|timestamp/i)])
      }

      expect((await deliver(api, delivery)).status).toBe(200)
      const [orderId] = await eventually(async () => {
        const orders = await ordersOfCart(cartId)
        expect(orders).toHaveLength(1)
        return orders
      })
      const [payment] = await paymentsOf(cartId)
      expect([payment.provider_id, Number(payment.amount), amounts(payment.captures)]).toEqual(["pp_stripe-alipay_stripe", 136.5, [136.5]])

      // Stripe delivers at least once: the same delivery again changes nothing.
      expect((await deliver(api, delivery)).status).toBe(200)
      await sleep(WEBHOOK_SETTLED_MS)
      expect(await ordersOfCart(cartId)).toEqual([orderId])
      const payments = await paymentsOf(cartId)
      expect(payments.map((p) => [p.id, amounts(p.captures)])).toEqual([[payment.id, [136.5]]])
      expect(stripeCalls(intent.id, "capture")).toEqual([])
      await split(orderId, chen, wang)
    })

    it("shows a WeChat Pay buyer the QR code and places the order when the buyer has paid", async () => {
      const cartId = await readyCart(api, store, items(0, 2), "pp_stripe-wechatpay_stripe")
      const session = await sessionOf(cartId)
      const intent = emulator.intents.get(session.data.id)!
      expect(intent).toMatchObject({ amount: 9700, currency: "cny", payment_method_types: ["wechat_pay"], capture_method: "automatic" })
      const shown = await confirmInBrowser(emulator, session.data.client_secret, {
        "payment_method_data[type]": "wechat_pay",
        "payment_method_options[wechat_pay][client]": "web",
      })
      expect(shown.body.next_action.type).toBe("wechat_pay_display_qr_code")
      expect(shown.body.next_action.wechat_pay_display_qr_code.data).toMatch(/^weixin:\/\//)

      // Before the buyer scans the code the cart cannot be completed.
      const early = await answer(api.post(`/store/carts/${cartId}/complete`, {}, store))
      expect([early.status, early.data.type, early.data.message]).toEqual([400, "not_allowed", expect.stringMatching(/not authorized with the provider/)])
      expect(await ordersOfCart(cartId)).toEqual([])

      emulator.approve(intent.id)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect([completed.type, Number(completed.order.total)]).toEqual(["order", 97])
      const [payment] = await paymentsOf(cartId)
      expect([payment.provider_id, amounts(payment.captures)]).toEqual(["pp_stripe-wechatpay_stripe", [97]])
      await split(completed.order.id, wang)
    })

    it("gives a signed-in buyer a Stripe customer of their own", async () => {
      const email = "buyer-stripe@example.cn"
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: "pass-1234" })
      await api.post("/store/customers", { email, first_name: "明", last_name: "李" }, { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "pass-1234" })
      const buyer = { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
      const cartId = await readyCart(api, buyer, items(1), "pp_stripe_stripe")
      const intent = emulator.intents.get((await sessionOf(cartId, buyer)).data.id)!
      expect(emulator.customers.get(intent.customer)).toMatchObject({ email, name: "明 李" })
    })

    it("refunds through Stripe when the association refunds a card payment, never more than was paid", async () => {
      const { cartId, intent, order } = await payByCard(items(2, 3))
      await split(order.id, chen, wang)
      const [payment] = await paymentsOf(cartId)
      const admin = await adminHeaders(api)
      const refundsAtStripe = () => [...emulator.refunds.values()].filter((r) => r.payment_intent === intent.id).map((r) => [r.amount, r.currency, r.status])

      // Chen's share, 2 × ¥70 + ¥12.
      const { data } = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 152 }, admin)
      expect(amounts(data.payment.refunds)).toEqual([152])
      expect(refundsAtStripe()).toEqual([[15200, "cny", "succeeded"]])

      // ¥139.50 is left: a fen more, a fraction of a fen, nonsense, or no admin are refused before Stripe is asked.
      const refuse = async (amount: unknown, headers: object = admin) => {
        const { status, data } = await answer(api.post(`/admin/payments/${payment.id}/refund`, { amount }, headers))
        return [status, data.message]
      }
      expect(await refuse(139.51)).toEqual([400, "Only 139.50 is left to refund on this payment"])
      expect(await refuse(0.005)).toEqual([400, "A refund in cny has at most 2 decimals"])
      expect((await refuse(-1))[0]).toBe(400)
      expect((await refuse("lots"))[0]).toBe(400)
      expect((await refuse(1, store))[0]).toBe(401)
      expect((await answer(api.post("/admin/payments/pay_nope/refund", { amount: 1 }, admin))).status).toBe(404)
      expect(refundsAtStripe()).toHaveLength(1)

      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 139.5 }, admin)
      expect(refundsAtStripe()).toEqual([[15200, "cny", "succeeded"], [13950, "cny", "succeeded"]])
      expect(emulator.charges.get(intent.latest_charge)).toMatchObject({ amount_refunded: 29150, refunded: true })
      expect(amounts((await paymentsOf(cartId))[0].refunds).sort()).toEqual([139.5, 152])
      // Both refunds reach the seller orders they belong to: each share went back in full.
      await eventually(async () => {
        const orders = await split(order.id, chen, wang)
        expect(orders.map((o: any) => Number(o.summary.refunded_total))).toEqual([152, 139.5])
      })
    })

    it("refunds a seller's share through Stripe when that seller cancels, while the other seller ships", async () => {
      const { cartId, intent, order } = await payByCard(items(1, 2))
      const [chenOrder, wangOrder] = await split(order.id, chen, wang)
      // Paid in full at checkout: each seller order already counts as paid.
      expect(Number(chenOrder.summary.paid_total)).toBe(82)
      // Marking it paid answers it as it is and captures nothing.
      expect((await answer(api.post(`/vendors/me/orders/${chenOrder.id}/mark-paid`, {}, chen.auth))).status).toBe(200)
      expect(amounts((await paymentsOf(cartId))[0].captures)).toEqual([179])

      const { data } = await api.post(`/vendors/me/orders/${chenOrder.id}/cancel`, {}, chen.auth)
      expect([data.order.status, Number(data.order.summary.refunded_total)]).toEqual(["canceled", 82])
      // Chen's share, ¥70 + ¥12, goes back to the buyer's card; Wang's ¥97 stays captured.
      const refunds = [...emulator.refunds.values()].filter((r) => r.payment_intent === intent.id)
      expect(refunds.map((r) => [r.amount, r.currency, r.status])).toEqual([[8200, "cny", "succeeded"]])
      expect(amounts((await paymentsOf(cartId))[0].refunds)).toEqual([82])

      const { data: shipped } = await api.post(
        `/vendors/me/orders/${wangOrder.id}/fulfillments`,
        { method: "courier", carrier: "中国邮政 EMS", tracking_number: "EA123456789CN" },
        wang.auth
      )
      expect(shipped.order.fulfillments[0].labels[0].tracking_number).toBe("EA123456789CN")
    })

    it("answers bad webhooks and payment requests with 4xx, never 500", async () => {
      const bad = [
        await api.post("/hooks/payment/stripe_stripe", "{not json", { headers: { "content-type": "application/json" }, validateStatus: () => true }),
        await deliver(api, { payload: "{}", signature: "t=1,v1=00" }),
        await deliver(api, signedDelivery({ type: "payment_intent.succeeded" }, WEBHOOK_SECRET)),
        await deliver(api, signedDelivery({ id: "evt_1" }, WEBHOOK_SECRET), "/hooks/payment/nope_nope"),
      ]
      expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400])

      const cartId = await readyCart(api, store, items(1))
      const { data } = await api.get(`/store/carts/${cartId}?fields=payment_collection.id`, store)
      const unknown = await answer(api.post(`/store/payment-collections/${data.cart.payment_collection.id}/payment-sessions`, { provider_id: "pp_stripe_nope" }, store))
      expect(unknown.status).toBeGreaterThanOrEqual(400)
      expect(unknown.status).toBeLessThan(500)
    })
  },
})
