import { notFound } from 'next/navigation';
import { guardPage } from '@/lib/auth/guard';

// An unknown desk address. Without this route Next would answer with its prebuilt static 404, whose
// scripts carry no nonce and so are refused by the desk's nonce policy (proxy.ts). Rendered per
// request like the rest of the desk, the 404 gets the nonce and works. Like every desk page it
// establishes the session first: a visitor without one is sent to sign in, not told what exists.
export default async function UnknownDeskPage(): Promise<never> {
  await guardPage('desk:read');
  notFound();
}
