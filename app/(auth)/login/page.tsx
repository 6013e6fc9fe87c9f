import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Login'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl, '/desk');
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations('Login');
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
        <div className="space-y-1 text-center">
          <Link href="/" className="font-serif text-2xl font-semibold text-stone-900">
            ClaimDesk
          </Link>
          <h1 className="text-sm text-stone-600">{t('heading')}</h1>
        </div>
        {/* No message is read from the address (`?error=`): a link must not put its own words on this page. */}
        <LoginForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
