import type { ReactNode } from 'react';
import { Document } from '@/components/document';

// The desk speaks English until editors can choose their language (issue 13, second part).
export default function DeskRootLayout({ children }: { children: ReactNode }) {
  return <Document lang="en">{children}</Document>;
}
