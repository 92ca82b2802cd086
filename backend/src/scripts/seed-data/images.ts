import { CategoryHandle } from "./categories"
import { SeedProduct } from "./products"

// Each product's picture: its category's drawing with the product's name, grade and weight on a label.
const ART: Record<CategoryHandle, { sky: string; ground: string; motif: string }> = {
  chestnut: {
    sky: "#f4e3c3",
    ground: "#7a4a21",
    motif: [[150, 190], [230, 170], [310, 195], [190, 250], [270, 245]]
      .map(([x, y]) => `<path d="M${x - 38} ${y + 20} Q${x} ${y - 60} ${x + 38} ${y + 20} Q${x} ${y + 40} ${x - 38} ${y + 20}Z" fill="#8b4513" stroke="#5a2d0c" stroke-width="4"/>`)
      .join(""),
  },
  "black-goat": {
    sky: "#dfeccf",
    ground: "#4f7a2b",
    motif:
      '<ellipse cx="230" cy="210" rx="95" ry="55" fill="#1f1f1f"/><circle cx="330" cy="165" r="32" fill="#1f1f1f"/>' +
      '<path d="M318 135 q-10 -35 -30 -30 M342 135 q10 -35 30 -30" stroke="#555" stroke-width="7" fill="none"/>' +
      '<rect x="165" y="250" width="14" height="55" fill="#1f1f1f"/><rect x="280" y="250" width="14" height="55" fill="#1f1f1f"/>',
  },
  herbs: {
    sky: "#f1efe6",
    ground: "#9c8a6b",
    motif:
      '<ellipse cx="230" cy="205" rx="120" ry="75" fill="#7b5b3a"/><ellipse cx="230" cy="205" rx="92" ry="52" fill="#f7f3ea"/>' +
      '<ellipse cx="230" cy="205" rx="60" ry="30" fill="#ece4d2"/>',
  },
  tea: {
    sky: "#e3f1e6",
    ground: "#2f6b3c",
    motif: [[170, 200, -30], [235, 170, 0], [300, 200, 30]]
      .map(([x, y, r]) => `<ellipse cx="${x}" cy="${y}" rx="34" ry="78" transform="rotate(${r} ${x} ${y})" fill="#3f8f4f" stroke="#23502c" stroke-width="4"/>`)
      .join(""),
  },
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

export function productImageSvg(product: SeedProduct): string {
  const art = ART[product.category]
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 460 460">',
    `<rect width="460" height="460" fill="${art.sky}"/>`,
    `<rect y="300" width="460" height="160" fill="${art.ground}"/>`,
    art.motif,
    '<rect x="20" y="340" width="420" height="100" rx="12" fill="#ffffff" opacity="0.92"/>',
    `<text x="230" y="380" font-size="24" text-anchor="middle" font-family="sans-serif" fill="#222">${escape(product.title)}</text>`,
    `<text x="230" y="418" font-size="17" text-anchor="middle" font-family="sans-serif" fill="#444">${escape(product.title_en)}</text>`,
    "</svg>",
  ].join("")
}
