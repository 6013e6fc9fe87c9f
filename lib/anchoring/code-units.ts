// UTF-16 helpers. Anchors use JS string indices, so an emoji or any other astral character is
// two code units; an offset between those two halves would produce broken text in the UI.

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `index` falls between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index));
}

/** Empty or only whitespace (including no-break spaces and line breaks). */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
