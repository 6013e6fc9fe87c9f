import type { ReactNode } from 'react';
import { Document } from '@/components/document';

export default function AuthRootLayout({ children }: { children: ReactNode }) {
  return <Document lang="en">{children}</Document>;
}
