"use client"
import { useRouter } from "next/navigation"
import { useEffect, useRef, useState } from "react"
import type { Suggestion } from "@luotian/contract"
import { pick, type Locale } from "@/lib/i18n/locales"
import { fromPrice } from "@/lib/util/pack-sizes"
import { productPath } from "@/lib/util/paths"

type Props = {
  id: string
  locale: Locale
  /** "{price} 起": a price of a product whose sizes cost differently. */
  fromText: string
  endpoint: string
  defaultValue: string
  placeholder: string
  listLabel: string
  /** "{n} …": how many suggestions there are, read out to screen readers. */
  countText: string
  noneText: string
}

const PAUSE_MS = 200

// The search input as an ARIA combobox: suggestions as the buyer pauses in typing or finishes an IME
// composition (pinyin → 汉字). Without JavaScript it is the plain input of a GET form.
export function SearchBox({ id, locale, fromText, endpoint, defaultValue, placeholder, listLabel, countText, noneText }: Props) {
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const request = useRef<AbortController>(undefined)
  const [value, setValue] = useState(defaultValue)
  const [items, setItems] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [status, setStatus] = useState("")
  const listId = `${id}-suggestions`

  useEffect(() => () => clearTimeout(timer.current), [])

  const close = () => {
    setOpen(false)
    setActive(-1)
  }

  function suggest(q: string, wait: number) {
    clearTimeout(timer.current)
    request.current?.abort()
    if (!q.trim()) return close()
    timer.current = setTimeout(async () => {
      const controller = (request.current = new AbortController())
      try {
        const response = await fetch(`${endpoint}?q=${encodeURIComponent(q.trim())}`, { signal: controller.signal })
        const { suggestions } = (await response.json()) as { suggestions: Suggestion[] }
        setItems(suggestions)
        setActive(-1)
        setOpen(document.activeElement === input.current)
        setStatus(suggestions.length ? countText.replace("{n}", String(suggestions.length)) : noneText)
      } catch {
        // Superseded by a newer query, or the network failed: the form still searches on Enter.
      }
    }, wait)
  }

  const go = (item: Suggestion) => {
    close()
    router.push(productPath(locale, item.handle))
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return
    const count = items.length
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && count) {
      event.preventDefault()
      setOpen(true)
      const step = event.key === "ArrowDown" ? 1 : -1
      setActive((current) => (current === -1 && step < 0 ? count - 1 : (current + step + count) % count))
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault()
      go(items[active])
    } else if (event.key === "Escape" && open) {
      event.preventDefault()
      close()
    }
  }

  const expanded = open && items.length > 0
  return (
    <div className="search-box">
      <input
        ref={input}
        id={id}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          setValue(event.target.value)
          if (!(event.nativeEvent as InputEvent).isComposing) suggest(event.target.value, PAUSE_MS)
        }}
        onCompositionEnd={(event) => suggest(event.currentTarget.value, 0)}
        onKeyDown={onKeyDown}
        onBlur={close}
        onFocus={() => items.length && value.trim() && setOpen(true)}
      />
      {/* Pressing an option must not blur the input first, or the list would close under the pointer. */}
      <ul id={listId} role="listbox" aria-label={listLabel} hidden={!expanded} onMouseDown={(event) => event.preventDefault()}>
        {items.map((item, index) => {
          // "from ¥…" when its sizes cost differently, as on its card.
          const price = fromPrice(item.sizes, locale, (low) => fromText.replace("{price}", low))
          return (
            <li key={item.id} id={`${listId}-${index}`} role="option" aria-selected={index === active} onClick={() => go(item)}>
              <span className="suggestion-title">{pick(locale, item.title, item.title_en)}</span>
              {price && <span className="suggestion-price">{price}</span>}
            </li>
          )
        })}
      </ul>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  )
}
