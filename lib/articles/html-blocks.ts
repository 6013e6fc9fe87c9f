// Flattens extracted article HTML into text lines: one block per paragraph-level element,
// <br> as a line break inside a block. The output uses the pasted-text convention (an
// empty string between blocks) so both pipelines share the same cleaning pass.

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
// Photo captions and credits are not article text that a claim could quote; head elements
// end up in the body when a fragment is parsed.
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'select',
  'textarea',
  'figcaption',
  'figure',
  'head',
  'title',
  'meta',
  'link',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Lines of text in `root`, with '' between blocks. */
export function htmlBlockLines(root: Node): string[] {
  const lines: string[] = [];
  let block = '';
  let preformatted = 0;

  const endBlock = () => {
    lines.push(...block.split('\n'), '');
    block = '';
  };

  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      // Source indentation and newlines inside a paragraph are layout, not line breaks.
      const text = node.textContent ?? '';
      block += preformatted > 0 ? text : text.replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') {
      block += '\n';
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) endBlock();
    if (tag === 'pre') preformatted++;
    node.childNodes.forEach(visit);
    if (tag === 'pre') preformatted--;
    if (isBlock) endBlock();
  };

  visit(root);
  return lines;
}
