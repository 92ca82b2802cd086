import { maskIdNumber } from "../modules/seller/personal-data"

export const MEMBER_FIELDS = ["id", "name", "village", "phone", "id_number_last4", "poor_household", "joined_at", "created_at"]

/** A member as the seller and the association see it: the ID number masked, never decrypted for output. */
export function memberView({ id_number_last4, id_number_encrypted: _sealed, ...member }: Record<string, any>) {
  return { ...member, id_number: maskIdNumber(id_number_last4) }
}
