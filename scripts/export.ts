// CLI: `npm run -s export -- --format csv [--status FALSE --status MISLEADING | --status FALSE,MISLEADING]
//   [--publication published|draft|all] [--article ID] [--source ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
//   [--language id] > file`. The same filters, formats and page reader as /desk/export, against DATABASE_URL.
// An operator tool with database access, so it may export drafts. Any refusal is one line on
// stderr and exit 1, with nothing written to stdout.
import { once } from 'node:events';
import { checkExportTargets, createExportPool, readExportClaims } from '@/lib/data/export-claims';
import { encodeExport } from '@/lib/export/encode';
import { parseExportRequest } from '@/lib/export/filters';
import { describeExportRefusal } from '@/lib/export/refusal-text';
import { getPublicSite } from '@/lib/public-site';

const OPTIONS = ['format', 'status', 'publication', 'article', 'source', 'from', 'to', 'language'];
const USAGE =
  'usage: npm run -s export -- --format csv|json|ndjson|attributions|claimreview|factcheck [--status X] [--publication published|draft|all] [--article ID] [--source ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--language CODE]';

function fail(message: string): never {
  process.stderr.write(`export: ${message}\n`);
  process.exit(1);
}

/** `--key value` and `--key=value`, in order, as the query-string pairs the parser reads. */
function optionPairs(argv: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1] || !OPTIONS.includes(match[1])) fail(`unknown argument "${arg}". ${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith('--'))) fail(`--${match[1]} needs a value.`);
    pairs.push([match[1], value]);
  }
  return pairs;
}

const parsed = parseExportRequest(optionPairs(process.argv.slice(2)));
// The command line speaks English.
if (!parsed.ok) fail(describeExportRefusal('en', parsed.reason));
const { format, filters } = parsed.value;
if (!process.env.DATABASE_URL) fail('DATABASE_URL is not set: point it at the ClaimDesk database.');

const client = createExportPool(process.env.DATABASE_URL, 2);
const abort = new AbortController();
// `export ... | head` closes the pipe early: stop reading the database and leave quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  abort.abort();
  if (error.code === 'EPIPE') process.exit(0);
  fail(error.message);
});

try {
  const missing = await checkExportTargets(client, filters);
  if (missing) fail(describeExportRefusal('en', missing));
  const markupOnly = format === 'claimreview' || format === 'factcheck';
  const pages = readExportClaims(client, filters, { signal: abort.signal, markupOnly });
  for await (const chunk of encodeExport(format, getPublicSite(), pages)) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
} catch (error) {
  fail(error instanceof Error ? (error.message.split('\n')[0] ?? 'export failed') : String(error));
} finally {
  await client.end();
}
