import fs from "node:fs"

// The CJK font printed PDFs (partner points' posters, lots' labels, payout batch summaries) set Chinese in: WenQuanYi Micro Hei (Debian's
// fonts-wqy-microhei) unless POSTER_FONT names another TrueType file or collection (POSTER_FONT_NAME: the font's
// name in a collection).
export const CJK_FONT = process.env.POSTER_FONT || "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
export const CJK_FONT_NAME = process.env.POSTER_FONT_NAME || "WenQuanYiMicroHei"

/** Whether the CJK font is there: without it a PDF cannot show Chinese, and none is made. */
export const cjkFontAvailable = () => fs.existsSync(CJK_FONT)

/** What a route answers when the font is missing: the font and how to get it, never a PDF without its Chinese. */
export const missingFontMessage = (what: string) => `${what}'s Chinese font is missing (${CJK_FONT}); install fonts-wqy-microhei or set POSTER_FONT`
