// Text for the social card image. The image renderer fetches emoji pictures from a CDN, which
// this server must never depend on, so pictographs are removed; long text is cut at a word.
export function cardText(text: string, max: number): string {
  const plain = text
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{20E3}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6));
  return `${atWord.trimEnd()}…`;
}
