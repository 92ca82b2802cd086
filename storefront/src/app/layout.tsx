// The <html> element is rendered by app/[locale]/layout.tsx, which knows the page's language.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children
}
