// Normalising a source phrase to the name it refers to ("Presiden Azerbaijan Ilham Aliyev" ->
// "Ilham Aliyev"), for display and for resolving later pronoun sources.
import { isPronounPhrase } from './source';
import { lowerAt } from './window';
import type { SentenceWindow, TokenRange } from './window';

function isTitle(w: SentenceWindow, i: number): boolean {
  const l = lowerAt(w, i);
  return w.lx.titles.has(l) || w.lx.titles.has(l.replace(/\.$/, ''));
}

/**
 * The name a source phrase refers to: the most name-like part of an apposition, without
 * determiners or titles ("Presiden Azerbaijan Ilham Aliyev" -> "Ilham Aliyev"). Descriptions
 * that start in lower case ("kantor Menteri ... Lavrov", "aides") are kept whole.
 */
export function sourceName(w: SentenceWindow, r: TokenRange): string | null {
  if (isPronounPhrase(w, r)) return null;
  const parts: TokenRange[] = [];
  let partStart = r[0];
  for (let i = r[0]; i <= r[1]; i++) {
    if (i === r[1] || lowerAt(w, i) === ',') {
      if (i > partStart) parts.push([partStart, i]);
      partStart = i + 1;
    }
  }
  const capitalRatio = ([a, b]: TokenRange): number => {
    let caps = 0;
    for (let i = a; i < b; i++) if (w.tokens[i]?.capital) caps++;
    return caps / (b - a);
  };
  const best = parts.reduce((top, p) => (capitalRatio(p) > capitalRatio(top) ? p : top), parts[0] ?? r);
  let a = best[0];
  const b = best[1];
  // "the Harbor Gazette" -> "Harbor Gazette", but a capitalised "The" may be part of a name.
  while (a < b - 1 && !w.tokens[a]?.capital && w.lx.determiners.has(lowerAt(w, a))) a++;
  if (!w.tokens[a]?.capital && !isTitle(w, a)) return slice(w, a, b);
  let runStart = b;
  while (runStart > a && (w.tokens[runStart - 1]?.capital || isTitle(w, runStart - 1))) runStart--;
  if (runStart === b) return slice(w, a, b);
  let lastTitle = -1;
  for (let i = a; i < b; i++) if (isTitle(w, i)) lastTitle = i;
  // "Kementerian pertahanan Armenia": a description ending in a place is named by all of it.
  if (lastTitle === -1) return runStart > a ? slice(w, a, b) : slice(w, runStart, b);
  if (lastTitle < runStart) return slice(w, runStart, b);
  if (lastTitle === b - 1) return slice(w, a, b);
  // "Presiden Azerbaijan Ilham Aliyev": a place between the title and the name is not the name.
  return slice(w, Math.max(lastTitle + 1, b - 2), b);
}

function slice(w: SentenceWindow, a: number, b: number): string {
  const s = w.tokens[a];
  const e = w.tokens[b - 1];
  return s && e ? w.text.slice(s.start, e.end).replace(/\s+/g, ' ') : '';
}
