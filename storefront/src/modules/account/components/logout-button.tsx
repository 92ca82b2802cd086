import { accountDictionary } from "@/lib/i18n/account"
import type { Locale } from "@/lib/i18n/locales"
import { logOut } from "../actions"

/** A plain form posting to the log-out action: no script needed. */
export function LogoutButton({ locale }: { locale: Locale }) {
  return (
    <form action={logOut} className="logout">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit">{accountDictionary(locale).logout}</button>
    </form>
  )
}
