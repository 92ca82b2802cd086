// The partner cookie's value: the point's code and the scan's id, "<code>:<scan id>" (see data/cookies.ts).

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SCAN = /^pscan_[0-9A-Z]+$/

export const partnerScanValue = (code: string, scanId: string) => `${code}:${scanId}`

/** The code and scan id a cookie holds, or null for anything else (a hand-edited or truncated cookie). */
export function parsePartnerScan(value: string | undefined): { code: string; scanId: string } | null {
  const [code, scanId, ...rest] = (value ?? "").split(":")
  return !rest.length && CODE.test(code ?? "") && SCAN.test(scanId ?? "") ? { code, scanId } : null
}
