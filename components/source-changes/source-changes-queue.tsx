// "Sources changed" on the desk home: each open change the watch found, with its claim, the
// evidence, what changed (HTTP status before and after, the readable-text diff) and, for those who
// may, the two resolutions. Viewers see the same list without the forms.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { DeskTime } from '@/components/ui/desk-time';
import type { OpenSourceChange, OpenSourceChanges } from '@/lib/data/source-changes';
import { ResolveSourceChangeForms } from './resolve-forms';
import { TextDiff } from './text-diff';

function ChangeItem({ change, canResolve }: { change: OpenSourceChange; canResolve: boolean }) {
  const t = useTranslations('SourceChanges');
  const headingId = `source-change-${change.id}`;
  const status = (value: number | null) => (value === null ? t('noStatus') : String(value));
  return (
    <li className="space-y-3 p-4" data-testid="source-change" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={headingId} className="font-medium">
          <Link href={`/desk/claims/${change.evidence.claim.id}`} className="text-sky-900 hover:underline">
            {change.evidence.claim.summary}
          </Link>
        </h3>
        <span className="text-sm text-stone-500">
          {t('detected')} <DeskTime at={change.createdAt} ago />
        </span>
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
        <dt className="font-medium text-stone-700">{t('evidence')}</dt>
        <dd className="min-w-0 break-words">
          {change.evidence.title} ·{' '}
          <a href={change.evidence.url} rel="noopener noreferrer" target="_blank" className="text-sky-800 underline">
            {t('livePage')}
          </a>
          {change.evidence.archiveCaptureId ? (
            <>
              {' · '}
              <a href={`/archive/${change.evidence.archiveCaptureId}`} target="_blank" rel="noopener" className="text-sky-800 underline">
                {t('copyAsCited')}
              </a>
            </>
          ) : null}
        </dd>
        <dt className="font-medium text-stone-700">{t(`kind.${change.kind}`)}</dt>
        <dd>
          {t('status', { before: status(change.before.httpStatus), after: status(change.after.httpStatus) })}
          {change.changedShare !== null ? ` · ${t('changedShare', { share: change.changedShare })}` : null}
        </dd>
      </dl>
      {change.diff === null ? (
        <p className="text-sm text-stone-600">{t('noText')}</p>
      ) : change.diff === 'too-different' ? (
        <p className="text-sm text-stone-600">{t('diffUnavailable')}</p>
      ) : (
        <section aria-label={t('diffHeading')} className="space-y-1">
          <h4 className="text-sm font-medium text-stone-700">{t('diffHeading')}</h4>
          <p className="text-xs text-stone-500">{t('diffLegend')}</p>
          <TextDiff parts={change.diff.parts} cut={change.diff.cut} />
        </section>
      )}
      {canResolve ? <ResolveSourceChangeForms changeId={change.id} /> : null}
    </li>
  );
}

export function SourceChangesQueue({ queue, canResolve }: { queue: OpenSourceChanges; canResolve: boolean }) {
  const t = useTranslations('SourceChanges');
  return (
    <section aria-labelledby="sources-changed" className="space-y-3" data-testid="sources-changed">
      <h2 id="sources-changed" className="text-lg font-medium">
        {t('heading')}
      </h2>
      <p className="text-sm text-stone-600">{canResolve ? t('intro') : `${t('intro')} ${t('viewerNote')}`}</p>
      {queue.changes.length === 0 ? (
        <p className="text-stone-600">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-amber-300 bg-white">
          {queue.changes.map((change) => (
            <ChangeItem key={change.id} change={change} canResolve={canResolve} />
          ))}
        </ul>
      )}
      {queue.hidden > 0 ? <p className="text-sm text-stone-600">{t('moreNotShown', { count: queue.hidden })}</p> : null}
    </section>
  );
}
