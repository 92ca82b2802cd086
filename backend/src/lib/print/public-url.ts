// Where printed QR codes lead: the storefront at the address buyers' phones reach (STOREFRONT_PUBLIC_URL;
// STOREFRONT_URL may be an internal one, as in docker-compose).
export const publicStorefrontUrl = () =>
  (process.env.STOREFRONT_PUBLIC_URL || process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
