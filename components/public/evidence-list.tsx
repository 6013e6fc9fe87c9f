import type { PublishedClaim } from '@/lib/claims/published-claim';
import type { ArchivedCopies } from '@/lib/data/evidence-archive';
import type { EvidenceRelation } from '@/lib/generated/prisma/enums';

const ORDER: EvidenceRelation[] = ['REFUTES', 'SUPPORTS', 'CONTEXT'];

/**
 * Evidence grouped by how it bears on the claim; each group headed in words. Titles and notes
 * are the editors' own words, in the claim's language (`lang` when it differs from the page).
 */
export function EvidenceList({
  evidence,
  archives,
  copyLabel,
  waybackLabel,
  locale,
  labels,
  lang,
}: {
  evidence: PublishedClaim['evidence'];
  /** Archived copies by evidence id (lib/data/evidence-archive.ts): "copy archived on <date>". */
  archives: ArchivedCopies;
  copyLabel: (capturedAt: string) => string;
  waybackLabel: string;
  locale: string;
  labels: Record<EvidenceRelation, string>;
  lang: string | undefined;
}) {
  return (
    <div className="space-y-4">
      {ORDER.map((relation) => {
        const items = evidence.filter((e) => e.relation === relation);
        if (items.length === 0) return null;
        return (
          <section key={relation} aria-label={labels[relation]} data-testid={`evidence-${relation}`}>
            <h3 className="text-sm font-semibold uppercase tracking-wide text-stone-600">{labels[relation]}</h3>
            <ul className="mt-2 space-y-2" lang={lang}>
              {items.map((item) => (
                <li key={item.id}>
                  <a href={item.url} rel="nofollow noopener noreferrer" className="font-medium text-sky-800 underline">
                    {item.title}
                  </a>
                  {archives[item.id] ? (
                    <>
                      {' · '}
                      <a
                        href={`/archive/${archives[item.id]!.captureId}?lang=${locale}`}
                        rel="nofollow"
                        className="text-sm text-sky-800 underline"
                        data-testid="archived-copy"
                      >
                        {copyLabel(archives[item.id]!.capturedAt)}
                      </a>
                      {archives[item.id]!.waybackUrl ? (
                        <>
                          {' · '}
                          <a
                            href={archives[item.id]!.waybackUrl!}
                            rel="nofollow noopener noreferrer"
                            className="text-sm text-sky-800 underline"
                          >
                            {waybackLabel}
                          </a>
                        </>
                      ) : null}
                    </>
                  ) : null}
                  {item.note ? <p className="text-sm text-stone-700">{item.note}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
