import Medusa from "@medusajs/js-sdk"

// The admin runs on the backend's origin and authenticates with the admin's session cookie.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})
