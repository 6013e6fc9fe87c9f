// A text from the site settings as readers see it: paragraphs and links as React text nodes, never
// HTML (the same rendering as an explanation). Nothing at all when the admin left it empty.
import { ExplanationText } from '@/components/claims/explanation-text';

export function SiteText({ text, testId }: { text: string; testId?: string }) {
  if (!text.trim()) return null;
  return (
    <div data-testid={testId}>
      <ExplanationText text={text} emptyText="" />
    </div>
  );
}
