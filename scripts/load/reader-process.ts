// The readers of the load test in a process of their own (`loadReadersApart` in readers.ts starts it):
// autocannon with 200 connections keeps a Node thread busy, and in the same process it would delay
// the editors' requests and their timings, which would then measure the test rather than the app.
// Reads its options as JSON from argv[2]; prints the tally as one line of JSON.
import { loadReaders } from './readers';

const options = JSON.parse(process.argv[2] ?? '{}') as Parameters<typeof loadReaders>[0];
const tally = await loadReaders(options);
process.stdout.write(`${JSON.stringify({ ...tally, byStatus: [...tally.byStatus.entries()] })}\n`);
