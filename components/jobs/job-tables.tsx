// The admin jobs page's tables: counts per queue, and one list per state (the error of a failed or
// retrying job in full, so the admin need not open the database). Tables scroll sideways on a phone.
import { useTranslations } from 'next-intl';
import { DeskTime } from '@/components/ui/desk-time';
import { JOB_STATES_SHOWN, type JobRow, type JobsOverview } from '@/lib/data/jobs';

const cell = 'px-3 py-2 text-left align-top';

export function JobCounts({ queues }: { queues: JobsOverview['queues'] }) {
  const t = useTranslations('Jobs');
  return (
    <section aria-labelledby="jobs-summary" className="space-y-2">
      <h2 id="jobs-summary" className="text-lg font-medium">
        {t('summary')}
      </h2>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-sm" data-testid="job-counts">
          <thead className="bg-stone-50 text-stone-700">
            <tr>
              <th scope="col" className={cell}>
                {t('queue')}
              </th>
              {JOB_STATES_SHOWN.map((state) => (
                <th key={state} scope="col" className={`${cell} text-right`}>
                  {t(`state.${state}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {queues.map((queue) => (
              <tr key={queue.name}>
                <th scope="row" className={`${cell} font-mono font-normal whitespace-nowrap`}>
                  {queue.name}
                </th>
                {JOB_STATES_SHOWN.map((state) => (
                  <td
                    key={state}
                    className={`${cell} text-right tabular-nums ${state === 'failed' && queue.counts.failed > 0 ? 'font-semibold text-red-800' : ''}`}
                  >
                    {queue.counts[state]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function JobDetails({ job }: { job: JobRow }) {
  const t = useTranslations('Jobs');
  const showsError = job.state === 'failed' || job.state === 'retry';
  return (
    <li className="space-y-1 p-3 text-sm" data-testid="job" data-state={job.state}>
      <p className="flex flex-wrap gap-x-3 gap-y-1">
        <span className="font-mono font-medium">{job.queue}</span>
        <span className="text-stone-600">
          {t('created')} <DeskTime at={job.createdOn} />
        </span>
        {job.startedOn ? (
          <span className="text-stone-600">
            {t('started')} <DeskTime at={job.startedOn} />
          </span>
        ) : null}
        {job.completedOn ? (
          <span className="text-stone-600">
            {t('finished')} <DeskTime at={job.completedOn} />
          </span>
        ) : null}
        <span className="text-stone-600">
          {t('attempts')}: {job.attempts + 1}
          {job.state === 'retry' ? ` (${t('retrying')})` : ''}
        </span>
      </p>
      <p className="font-mono text-xs break-all text-stone-600">
        <span className="sr-only">{t('payload')}: </span>
        {job.payload}
      </p>
      {showsError ? (
        <p className="rounded border border-red-200 bg-red-50 px-2 py-1 text-xs break-words text-red-900">
          <strong>{t('error')}:</strong> {job.error ?? t('noError')}
        </p>
      ) : null}
    </li>
  );
}

export function JobList({ id, title, jobs }: { id: string; title: string; jobs: JobRow[] }) {
  const t = useTranslations('Jobs');
  return (
    <section aria-labelledby={id} className="space-y-2" data-testid={id}>
      <h2 id={id} className="text-lg font-medium">
        {title} <span className="text-sm font-normal text-stone-500">({jobs.length})</span>
      </h2>
      {jobs.length === 0 ? (
        <p className="text-stone-600">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {jobs.map((job) => (
            <JobDetails key={job.id} job={job} />
          ))}
        </ul>
      )}
    </section>
  );
}
