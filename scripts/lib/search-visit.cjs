// A search page as a buyer's browser loads it, for the benchmarks: the page (one built page for every search, kept
// by the storefront's front), then its results from the front (storefront/front/direct-search.cjs).

// A page of results (storefront/src/modules/search/templates/catalogue-view.tsx).
const SEARCH_PAGE_SIZE = 24

/** What the search page asks the front for a page's URL: its filters, with the page as limit and offset. */
function resultsQuery(pagePath) {
  const asked = new URLSearchParams(pagePath.split("?")[1])
  const page = Number(asked.get("page") ?? 1)
  asked.delete("page")
  asked.set("limit", String(SEARCH_PAGE_SIZE))
  asked.set("offset", String((page - 1) * SEARCH_PAGE_SIZE))
  return asked
}

/** The page's URL, then its results' URL (`pagePath` may start with the store's address). */
const searchVisit = (pagePath) => [pagePath, `${pagePath.split("?")[0].replace(/\/products$/, "/search/results")}?${resultsQuery(pagePath)}`]

module.exports = { resultsQuery, searchVisit }
