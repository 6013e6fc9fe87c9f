// One source, however it is spelled: "Armenpress", "armenpress" and "ArmenPress " share a key.
export function normalizeSourceName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // accents
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
