// Maps the reader's selection in the rendered article back to offsets in the body string. Every run
// of text is rendered in an element carrying data-start (its offset in the body), so a DOM point
// (node, offset) converts exactly, whatever highlights split the paragraph.

function segmentOf(node: Node | null): HTMLElement | null {
  for (let current = node; current; current = current.parentNode) {
    if (current instanceof HTMLElement && current.dataset.start !== undefined) return current;
  }
  return null;
}

function textOffsets(root: Node): { node: Text; start: number }[] {
  const found: { node: Text; start: number }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const segment = segmentOf(node);
    if (segment) found.push({ node: node as Text, start: Number(segment.dataset.start) });
  }
  return found;
}

function pointToOffset(container: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = segmentOf(node);
    return segment ? Number(segment.dataset.start) + offset : null;
  }
  // An element boundary: use the text just after it, or the end of the text just before it.
  const texts = textOffsets(container);
  const child = node.childNodes[offset];
  if (child) {
    const after = texts.find(
      (t) => child === t.node || child.contains(t.node) || (child.compareDocumentPosition(t.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    if (after) return after.start;
  }
  const before = texts
    .filter(
      (t) => node === t.node || node.contains(t.node) || (node.compareDocumentPosition(t.node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0,
    )
    .at(-1);
  return before ? before.start + before.node.data.length : null;
}

/** The selected span of the body, trimmed of surrounding spaces, or null when nothing usable is selected. */
export function selectedSpan(container: HTMLElement, body: string): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  let start = pointToOffset(container, range.startContainer, range.startOffset);
  let end = pointToOffset(container, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (start > end) [start, end] = [end, start];
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}
