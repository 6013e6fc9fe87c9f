'use client';
// The index's source filter: a text field whose words are matched against source names on the
// server when the form is sent (so it works without JavaScript). With JavaScript, a few matching
// names are suggested as you type, fetched from /api/public-sources instead of sending every
// source with the page.
import { useEffect, useRef, useState } from 'react';
import { MAX_SOURCE_NAME_LENGTH } from '@/lib/schemas/public-search';

const TYPING_PAUSE_MS = 150;

export function SourceNameField({
  defaultValue,
  className,
  placeholder,
}: {
  defaultValue: string;
  className: string;
  placeholder: string;
}) {
  const [typed, setTyped] = useState(defaultValue);
  const [names, setNames] = useState<string[]>([]);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => {
    const words = typed.trim();
    if (!words) return;
    const timer = setTimeout(() => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      fetch(`/api/public-sources?q=${encodeURIComponent(words)}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ sources: { name: string }[] }>) : { sources: [] }))
        .then((body) => setNames(body.sources.map((s) => s.name)))
        // Suggestions are a convenience: when they fail, the field still filters on submit.
        .catch(() => {});
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  return (
    <>
      <input
        id="sourceName"
        name="sourceName"
        type="search"
        list="source-name-suggestions"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        maxLength={MAX_SOURCE_NAME_LENGTH}
        autoComplete="off"
        className={className}
        placeholder={placeholder}
      />
      <datalist id="source-name-suggestions">
        {(typed.trim() ? names : []).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
