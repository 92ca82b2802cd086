import type { Metadata } from "next"
import { members, portalSession } from "../data"
import { addMember } from "../actions"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { beijingTime } from "../utils/month"
import { ActionForm } from "../components/action-form"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).members.title, robots: { index: false } }
}

// Member households' personal data: only here, for the seller itself; ID numbers come masked from the backend.
export default async function MembersPage({ params }: Props) {
  const { locale } = await params
  const session = await portalSession(locale, `/${locale}/portal/members`)
  const list = await members(session)
  const t = portalDictionary(locale)
  const m = t.members
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {!list.length && <p>{m.none}</p>}
      <ul className="card-list">
        {list.map((member) => (
          <li key={member.id}>
            <article className="member-card" aria-labelledby={`member-${member.id}`}>
              <h2 id={`member-${member.id}`}>{member.name}</h2>
              <dl className="facts">
                <div>
                  <dt>{m.village}</dt>
                  <dd>{member.village}</dd>
                </div>
                {member.phone && (
                  <div>
                    <dt>{m.phone}</dt>
                    <dd>{member.phone}</dd>
                  </div>
                )}
                <div>
                  <dt>{m.idNumber}</dt>
                  <dd className="masked">{member.id_number}</dd>
                </div>
                <div>
                  <dt>{m.poor}</dt>
                  <dd>{member.poor_household ? m.yes : m.no}</dd>
                </div>
                <div>
                  <dt>{m.joined}</dt>
                  <dd>
                    <time dateTime={member.joined_at}>{beijingTime(member.joined_at).slice(0, 10)}</time>
                  </dd>
                </div>
              </dl>
            </article>
          </li>
        ))}
      </ul>
      <section aria-labelledby="add-member" className="portal-panel">
        <h2 id="add-member">{m.add}</h2>
        <ActionForm
          action={addMember.bind(null, locale)}
          label={m.add}
          fields={[
            { name: "name", label: m.name, required: true, maxLength: 40, autoComplete: "off" },
            { name: "village", label: m.village, required: true, maxLength: 40 },
            { name: "phone", label: m.phone, type: "tel", inputMode: "tel", maxLength: 11, autoComplete: "off" },
            { name: "id_number", label: m.idNumber, required: true, maxLength: 18, autoComplete: "off" },
            { name: "poor_household", label: m.poor, type: "checkbox" },
            { name: "joined_at", label: m.joined, type: "date", required: true },
          ]}
          submit={m.submit}
          sending={t.sending}
          serverWords={t.errors.server}
        />
      </section>
    </>
  )
}
