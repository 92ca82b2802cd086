import type { LotShipment, Withdrawal } from "@luotian/contract"
import { ActionForm } from "@/modules/portal/components/action-form"
import { withdrawLot } from "@/modules/portal/actions"
import { asSeller, type PortalSession } from "@/modules/portal/data"
import { recallDictionary } from "./recall-dictionary"

type Props = { session: PortalSession; lot: { id: string; code: string; status: string; withdrawal: Withdrawal | null } }

/**
 * A lot's recall in the seller portal: every parcel shipped from it and the withdrawal (with a reason buyers read and
 * a confirmation). For the lot's page to include; the lot is the page's own, already read.
 */
export async function RecallPanel({ session, lot }: Props) {
  const t = recallDictionary(session.locale)
  const { shipments } = await asSeller<{ shipments: LotShipment[] }>(session.token, `/vendors/me/lots/${encodeURIComponent(lot.id)}/shipments`)
  return (
    <section className="recall-panel" aria-labelledby="recall-title">
      <h2 id="recall-title">{t.title}</h2>
      {lot.status === "withdrawn" ? (
        <div role="alert" className="recall-withdrawn">
          <strong>{t.withdrawn}</strong>
          {lot.withdrawal && (
            <p>
              {t.withdrawnOn(lot.withdrawal.withdrawn_at.slice(0, 10))} · {t.reasonWas}: {lot.withdrawal.reason}
            </p>
          )}
        </div>
      ) : (
        <>
          <p>{t.withdrawHint}</p>
          <ActionForm
            action={withdrawLot.bind(null, session.locale, lot.id, session.here)}
            fields={[
              { name: "reason", label: t.reason, type: "textarea", required: true, maxLength: 500 },
              { name: "confirm", label: t.confirm, type: "checkbox", required: true },
            ]}
            submit={t.withdraw}
            sending={t.sending}
            serverWords={t.serverWords}
            label={t.withdraw}
            danger
          />
        </>
      )}
      <h3>{t.shipments}</h3>
      {shipments.length ? (
        <table className="recall-shipments">
          <thead>
            <tr>
              <th scope="col">{t.order}</th>
              <th scope="col">{t.placedAt}</th>
              <th scope="col">{t.size}</th>
              <th scope="col">{t.packs}</th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {shipments.map((s) => (
              <tr key={s.line_item_id}>
                <td>#{s.display_id}</td>
                <td>{s.placed_at.slice(0, 10)}</td>
                <td>{s.variant_title ?? s.title}</td>
                <td>
                  {s.quantity}
                  {s.returned > 0 && ` (${t.returned(s.returned)})`}
                </td>
                <td>{s.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.noShipments}</p>
      )}
    </section>
  )
}
