// The claim's audit log as a timeline, newest first: who did what, when, and the before/after values.
import { useLocale, useTranslations } from 'next-intl';
import { describeEvent } from '@/lib/i18n/event-text';
import { isLocale } from '@/lib/i18n/locales';
import type { ClaimPageEvent } from '@/lib/data/claim-page';
import { DeskTime } from '@/components/ui/desk-time';

export function HistoryTimeline({ events }: { events: ClaimPageEvent[] }) {
  const t = useTranslations('Verification');
  const asked = useLocale();
  const locale = isLocale(asked) ? asked : 'en';
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-lg font-medium">
        {t('history')}
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-stone-600">{t('noHistory')}</p>
      ) : (
        <ol className="relative space-y-4 border-l-2 border-stone-200 pl-5" data-testid="history">
          {events.map((event) => {
            const { summary, details } = describeEvent(locale, event);
            return (
              <li key={event.id} className="relative" data-testid="history-event" data-kind={event.kind}>
                <span
                  aria-hidden="true"
                  className="absolute top-1.5 -left-[27px] h-3 w-3 rounded-full border-2 border-white bg-stone-400"
                />
                <p className="text-sm">
                  <span className="font-medium">{event.actor.name}</span> {summary}
                  <span className="text-stone-500">
                    {' '}
                    · <DeskTime at={event.at} ago />
                  </span>
                </p>
                {details.length ? (
                  <ul className="mt-1 space-y-0.5 text-sm break-words text-stone-700">
                    {details.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
