import type { Locale } from "@/lib/i18n/locales"
import { dictionary } from "@/lib/i18n/dictionary"

export function BrandStory({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  return (
    <section className="brand-story" aria-labelledby="story-title">
      <h2 id="story-title">{t.storyTitle}</h2>
      {t.story.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  )
}
