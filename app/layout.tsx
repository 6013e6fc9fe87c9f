import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { releaseRenderWhenFinished } from '@/lib/render/release-finished-render';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'ClaimDesk', template: '%s · ClaimDesk' },
};

/**
 * Passes through: the <html> element comes from the root layout of each part, so that the reader
 * pages under app/[locale] can say their own language (components/document.tsx). The root-level
 * not-found, error and forbidden pages render their own document.
 * Every server render passes here, so this is where each render arranges to be forgotten once it
 * ends (lib/render/release-finished-render.ts).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  releaseRenderWhenFinished();
  return children;
}
