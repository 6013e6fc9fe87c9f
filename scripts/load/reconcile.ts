// After the load: every save an editor saw succeed is in the audit log exactly once, nothing the
// editor saw refused is there, and the claim's version and explanation agree with the log.
import type pg from 'pg';
import type { EditorRun } from './editor';

export interface Reconciliation {
  claimId: string;
  saved: number;
  events: number;
  lost: string[];
  duplicated: string[];
  writtenThoughRefused: string[];
  /** Attempts without a clear answer (timeouts, 500s): either outcome is consistent, as long as it is whole. */
  unclear: number;
  versionAgrees: boolean;
  explanationAgrees: boolean;
}

export async function reconcile(client: pg.Client, run: EditorRun): Promise<Reconciliation> {
  const events = await client.query<{ text: string }>(
    `SELECT after->>'explanation' AS text FROM "ClaimEvent" WHERE "claimId" = $1 AND kind = 'EXPLANATION_CHANGED' ORDER BY at, id`,
    [run.claimId],
  );
  const claim = await client.query<{ version: number; explanation: string }>(`SELECT version, explanation FROM "Claim" WHERE id = $1`, [
    run.claimId,
  ]);
  const logged = events.rows.map((row) => row.text);
  const timesLogged = (text: string) => logged.filter((t) => t === text).length;
  const saved = run.attempts.filter((a) => a.outcome === 'saved');
  const refused = run.attempts.filter((a) => a.outcome === 'refused');
  const current = claim.rows[0];
  // The fill gives each claim version 1 and no explanation events; each logged save adds one version.
  return {
    claimId: run.claimId,
    saved: saved.length,
    events: logged.length,
    lost: saved.filter((a) => timesLogged(a.text) === 0).map((a) => a.text),
    duplicated: [...new Set(logged.filter((text) => timesLogged(text) > 1))],
    writtenThoughRefused: refused.filter((a) => timesLogged(a.text) > 0).map((a) => a.text),
    unclear: run.attempts.filter((a) => a.outcome === 'unclear').length,
    versionAgrees: current?.version === 1 + logged.length,
    explanationAgrees: logged.length === 0 || current?.explanation === logged[logged.length - 1],
  };
}

export function reconciled(r: Reconciliation): boolean {
  return r.lost.length === 0 && r.duplicated.length === 0 && r.writtenThoughRefused.length === 0 && r.versionAgrees && r.explanationAgrees;
}
