// The baseline the matcher is measured against (bench:match): plain BM25 (k1 1.2, b 0.75) over
// lower-cased alphanumeric tokens of claim and title, in memory, no stemming or stop words. Pure.

const K1 = 1.2;
const B = 0.75;

const tokens = (text: string) => text.toLowerCase().match(/[a-z0-9]+/gu) ?? [];

export interface Bm25Index {
  rank(query: string, limit: number): { id: string; score: number }[];
}

export function buildBm25Index(docs: readonly { id: string; text: string }[]): Bm25Index {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  const lengths: number[] = [];
  docs.forEach((d, doc) => {
    const tf = new Map<string, number>();
    const words = tokens(d.text);
    lengths.push(words.length);
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const [w, n] of tf) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      list.push({ doc, tf: n });
    }
  });
  const n = docs.length;
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  return {
    rank(query, limit) {
      const scores = new Map<number, number>();
      for (const w of new Set(tokens(query))) {
        const list = postings.get(w);
        if (!list) continue;
        const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
        for (const { doc, tf } of list) {
          const norm = K1 * (1 - B + (B * (lengths[doc] ?? 0)) / average);
          scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / (tf + norm));
        }
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .map(([doc, score]) => ({ id: docs[doc]?.id ?? '', score }));
    },
  };
}
