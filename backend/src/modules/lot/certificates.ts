// Pure rules of a lot's compliance certificates: which one is in force, what a new one may supersede, its number.

export type CertificateLink = { id: string; supersedes_id: string | null }

/** The regime's commitments (农产品质量安全承诺达标合格证管理办法), each of which the producer affirms. */
export const COMMITMENTS = ["no_banned_inputs", "intervals_observed", "residues_within_limits", "truthful"] as const
export const BASES = ["self_test", "commissioned_test", "internal_control"] as const

/** The certificate in force: the one no other supersedes (undefined when the lot has none). */
export function currentCertificate<C extends CertificateLink>(certificates: C[]): C | undefined {
  const superseded = new Set(certificates.map((c) => c.supersedes_id).filter(Boolean))
  return certificates.find((c) => !superseded.has(c.id))
}

/**
 * Why a new certificate cannot be issued, or null: a lot's first needs no `supersedes`; after that a new one is a
 * correction and must name the certificate in force (an older one is already corrected).
 */
export function supersessionProblem(certificates: (CertificateLink & { number: string })[], supersedes?: string): string | null {
  const current = currentCertificate(certificates)
  if (!current) return supersedes ? `supersedes: the lot has no certificate to correct` : null
  if (!supersedes) return `supersedes: certificate ${current.number} is in force; a correction names it in supersedes`
  if (supersedes !== current.id) {
    const named = certificates.find((c) => c.id === supersedes)
    return named
      ? `supersedes: certificate ${named.number} is already corrected; correct ${current.number}, the one in force`
      : `supersedes: not a certificate of this lot`
  }
  return null
}

/** The next certificate's number: the lot's code and how many were issued before it, plus one. */
export const certificateNumber = (lotCode: string, issued: number) => `${lotCode}-${issued + 1}`
