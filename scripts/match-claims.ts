// CLI: `npm run -s match-claims -- VERIFIED.tsv QUERIES.tsv > run.txt`. Loads the verified claims
// into a throwaway embedded PostgreSQL through the app's migrations, ranks them for each query with
// the app's matcher (lib/matching) and prints a TREC run: `query_id Q0 claim_id rank score tag`,
// the top 10 per query. Both files: tab-separated, header line first, id then text (see match-tsv.ts).
import { existsSync, readFileSync } from 'node:fs';
import { matchClaims } from '@/lib/matching/match-claims';
import { parseTsv, trecLine } from './lib/match-tsv';
import { startMatcherDb } from './lib/throwaway-matcher-db';

const USAGE = 'usage: npm run -s match-claims -- VERIFIED.tsv QUERIES.tsv';
const TAG = 'claimdesk';

function fail(message: string): never {
  process.stderr.write(`match-claims: ${message}\n`);
  process.exit(1);
}

const [verifiedPath, queriesPath, ...rest] = process.argv.slice(2);
if (!verifiedPath || !queriesPath || rest.length > 0) fail(USAGE);
for (const file of [verifiedPath, queriesPath]) if (!existsSync(file)) fail(`${file} does not exist. ${USAGE}`);

let claims, queries;
try {
  claims = parseTsv(readFileSync(verifiedPath, 'utf8'), verifiedPath);
  queries = parseTsv(readFileSync(queriesPath, 'utf8'), queriesPath);
} catch (error) {
  fail((error as Error).message);
}

const db = await startMatcherDb(claims).catch((error: unknown) => fail((error as Error).message));
try {
  for (const query of queries) {
    const { matches } = await matchClaims(db.pool, query.text, { limit: 10 });
    const lines = matches.map((m, i) => trecLine(query.id, m.claim.id, i + 1, m.score, TAG));
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  }
} finally {
  await db.stop();
}
