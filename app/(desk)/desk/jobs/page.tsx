import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { JobCounts, JobList } from '@/components/jobs/job-tables';
import { guardPage } from '@/lib/auth/guard';
import { getJobsOverview, type JOB_STATES_SHOWN, JOBS_LISTED } from '@/lib/data/jobs';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Jobs'))('title') };
}

const LIST_TITLE = { queued: 'queuedJobs', running: 'runningJobs', failed: 'failedJobs', completed: 'completedJobs' } as const;
// Failures first: they are what an admin comes here for.
const LIST_ORDER = ['failed', 'running', 'queued', 'completed'] as const satisfies readonly (typeof JOB_STATES_SHOWN)[number][];

export default async function JobsPage() {
  await guardPage('jobs:read', '/desk/jobs');
  const t = await getTranslations('Jobs');
  const overview = await getJobsOverview();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-stone-600">{t('intro')}</p>
      </header>
      {overview === null ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3">{t('notStarted')}</p>
      ) : (
        <>
          <JobCounts queues={overview.queues} />
          <p className="text-sm text-stone-600">{t('shown', { count: JOBS_LISTED })}</p>
          {LIST_ORDER.map((state) => (
            <JobList key={state} id={`jobs-${state}`} title={t(LIST_TITLE[state])} jobs={overview.jobs[state]} />
          ))}
        </>
      )}
    </div>
  );
}
