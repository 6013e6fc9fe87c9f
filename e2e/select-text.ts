// Selects words in the article body the way a mouse drag does (a DOM Range, then mouseup), even
// when highlights split the words across several elements.
import type { Page } from '@playwright/test';

export async function selectInBody(page: Page, words: string, occurrence = 0) {
  const found = await page.evaluate(
    ({ words, occurrence }) => {
      const body = document.querySelector('[data-testid="article-body"]');
      if (!body) return false;
      const nodes: { node: Text; from: number }[] = [];
      let text = '';
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, from: text.length });
        text += (node as Text).data;
      }
      let index = -1;
      for (let i = 0; i <= occurrence; i++) index = text.indexOf(words, index + 1);
      if (index < 0) return false;
      const locate = (offset: number, isEnd: boolean) => {
        const hit = nodes.find((n) =>
          isEnd ? offset > n.from && offset <= n.from + n.node.data.length : offset >= n.from && offset < n.from + n.node.data.length,
        );
        return hit ? ([hit.node, offset - hit.from] as const) : null;
      };
      const start = locate(index, false);
      const end = locate(index + words.length, true);
      if (!start || !end) return false;
      const range = document.createRange();
      range.setStart(...start);
      range.setEnd(...end);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return true;
    },
    { words, occurrence },
  );
  if (!found) throw new Error(`"${words}" is not in the article body`);
  await page.getByTestId('article-body').dispatchEvent('mouseup');
}
