import { notFound } from 'next/navigation';

/** Unknown addresses under a language (/en/no-such-page) get that language's not-found page. */
export default function UnknownReaderPage() {
  notFound();
}
