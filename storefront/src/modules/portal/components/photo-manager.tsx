"use client"
import { useActionState, useId, useState, useTransition } from "react"
import type { PortalDictionary } from "../dictionary"
import type { PhotoState } from "../photo-actions"
import { moveTo } from "../utils/photo-order"

/** `label` names the photo ("第 2 张"): worded on the server, as only plain data reaches a client component. */
type Photo = { id: string; url: string; small: string; label: string }
type Props = {
  photos: Photo[]
  t: Omit<PortalDictionary["photos"], "photo" | "added">
  serverWords: string
  sending: string
  add: (state: PhotoState, form: FormData) => Promise<PhotoState>
  remove: (imageId: string) => Promise<PhotoState>
  reorder: (imageIds: string[]) => Promise<PhotoState>
}

const MAX_BYTES = 10 * 1024 * 1024
const MAX_FILES = 10

/**
 * The seller's photos of a listing: upload several (a phone's camera too), drag one onto another's place or use
 * the buttons (keyboard and touch), delete one. Each change is saved at once; the page then shows what is stored.
 */
export function PhotoManager({ photos, t, serverWords, sending, add, remove, reorder }: Props) {
  const [uploaded, upload, uploading] = useActionState(add, {})
  const [changed, setChanged] = useState<PhotoState>({})
  const [tooBig, setTooBig] = useState<string>()
  const [pending, startTransition] = useTransition()
  const [dragged, setDragged] = useState<number>()
  const id = useId()
  const state = tooBig ? { error: tooBig } : pending || uploading ? {} : changed.error || changed.done ? changed : uploaded
  const run = (change: () => Promise<PhotoState>) => startTransition(async () => setChanged(await change()))
  const move = (from: number, to: number) => {
    const ids = photos.map((p) => p.id)
    const next = moveTo(ids, from, to)
    if (next !== ids) run(() => reorder(next))
  }
  // Checked here too, so that a large file is not sent at all; the backend checks again.
  const check = (files: FileList | null) => {
    const list = [...(files ?? [])]
    setChanged({})
    setTooBig(list.length > MAX_FILES ? t.tooMany : list.some((f) => f.size > MAX_BYTES) ? t.tooLarge : undefined)
  }
  return (
    <section aria-labelledby={`${id}-title`} className="portal-panel photo-manager">
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="hint">{t.hint}</p>
      {state.error && (
        <p role="alert" className="form-error">
          {state.error}
          {state.detail && <span className="detail">{serverWords}: {state.detail}</span>}
        </p>
      )}
      {state.done && <p role="status" className="form-done">{state.done}</p>}
      {photos.length ? (
        <ol className="photo-list" aria-busy={pending}>
          {photos.map((photo, i) => (
            <li
              key={photo.id}
              draggable
              onDragStart={() => setDragged(i)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault()
                if (dragged !== undefined) move(dragged, i)
                setDragged(undefined)
              }}
            >
              <img src={photo.small} alt={photo.label} width={120} height={120} loading="lazy" />
              <span>{photo.label}{i === 0 && ` · ${t.cover}`}</span>
              <span className="photo-actions">
                <button type="button" disabled={pending || i === 0} onClick={() => move(i, i - 1)} aria-label={`${t.earlier}: ${photo.label}`}>↑</button>
                <button type="button" disabled={pending || i === photos.length - 1} onClick={() => move(i, i + 1)} aria-label={`${t.later}: ${photo.label}`}>↓</button>
                <button type="button" className="danger" disabled={pending} onClick={() => run(() => remove(photo.id))} aria-label={`${t.remove}: ${photo.label}`}>
                  {t.remove}
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t.none}</p>
      )}
      <form action={upload} className="portal-form">
        <label htmlFor={`${id}-files`}>{t.choose}</label>
        <input id={`${id}-files`} name="files" type="file" accept="image/*" capture="environment" multiple onChange={(e) => check(e.target.files)} />
        <button type="submit" disabled={uploading || !!tooBig}>{uploading ? t.uploading : t.upload}</button>
      </form>
      {(pending || uploading) && <p role="status">{sending}</p>}
    </section>
  )
}
