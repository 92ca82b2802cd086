import fs from "node:fs"

// The CJK font of the PDFs the store prints (partner points' posters, payout batch summaries): WenQuanYi Micro Hei
// (Debian's fonts-wqy-microhei) unless POSTER_FONT names another TrueType file or collection (and POSTER_FONT_NAME the
// font in it).
export const CJK_FONT = process.env.POSTER_FONT || "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
export const CJK_FONT_NAME = process.env.POSTER_FONT_NAME || "WenQuanYiMicroHei"

/** Whether the font is there: without it a PDF cannot show Chinese, and none is made. */
export const cjkFontAvailable = () => fs.existsSync(CJK_FONT)
