import type { Locale } from "@/lib/i18n/locales"
import { dictionary } from "@/lib/i18n/dictionary"

/** The county brand's story: the home page's heading. */
export function BrandStory({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  return (
    <section className="brand-story" aria-labelledby="story-title">
      <h1 id="story-title">{t.storyTitle}</h1>
      {t.story.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  )
}
