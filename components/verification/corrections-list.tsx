// Dated correction notes of a published verdict: what changed and why (the public page shows the same).
import { useLocale, useTranslations } from 'next-intl';
import { describeNote } from '@/lib/i18n/correction-note';
import { isLocale } from '@/lib/i18n/locales';
import type { ClaimPage } from '@/lib/data/claim-page';
import { DeskTime } from '@/components/ui/desk-time';

export function CorrectionsList({ corrections }: { corrections: ClaimPage['corrections'] }) {
  const t = useTranslations('Verification');
  const asked = useLocale();
  const locale = isLocale(asked) ? asked : 'en';
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-heading" className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <h2 id="corrections-heading" className="text-lg font-medium">
        {t('corrections')}
      </h2>
      <ul className="space-y-2 text-sm">
        {corrections.map((c) => (
          <li key={c.id}>
            <p>
              <time dateTime={c.at.toISOString()} className="font-medium">
                <DeskTime at={c.at} />
              </time>{' '}
              · {c.author.name}
            </p>
            <p>
              <span className="text-stone-600">{t('whatChanged')}</span> {describeNote(locale, c.what) || '—'}
            </p>
            <p>
              <span className="text-stone-600">{t('why')}</span> {describeNote(locale, c.why)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
