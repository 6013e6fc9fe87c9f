import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'ClaimDesk', template: '%s · ClaimDesk' },
};

/**
 * Passes through: the <html> element comes from the root layout of each part, so that the reader
 * pages under app/[locale] can say their own language (components/document.tsx). The root-level
 * not-found, error and forbidden pages render their own document.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
