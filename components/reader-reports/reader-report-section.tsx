// The readers' "report an error" (verdict pages) and "send us a claim" (the index) box: a server
// component that says the words in the page's language and holds the client form.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { ReaderReportForm } from './reader-report-form';

export async function ReaderReportSection({ kind, claimId, locale }: { kind: 'TIP' | 'ERROR'; claimId?: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ReaderReports' });
  const id = kind === 'TIP' ? 'send-tip' : 'report-error';
  const labels = {
    message: t('message'),
    messageHint: t('messageHint'),
    email: t('email'),
    honeypot: t('honeypotLabel'),
    send: t('send'),
    sending: t('sending'),
  };
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {kind === 'TIP' ? t('sendTip') : t('reportError')}
      </h2>
      <p className="text-sm text-stone-700">{kind === 'TIP' ? t('sendTipIntro') : t('reportErrorIntro')}</p>
      <ReaderReportForm kind={kind} claimId={claimId} locale={locale} labels={labels} />
    </section>
  );
}
