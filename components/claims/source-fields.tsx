'use client';
// Who said it and with which words: the source (looked up as the editor types; a new one asks for
// its kind) and the cue.
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/result';
import { Field, fieldAria, Select, TextInput } from '@/components/ui/field';
import { firstError, keptValue } from '@/components/ui/form-status';
import { KindOptions } from '@/components/sources/kind-options';
import { useSourceLookup } from './use-source-lookup';

interface Props {
  state: ActionResult<unknown> | null;
  sourceName: string;
  onSourceName: (name: string) => void;
  cue: string;
}

export function SourceFields({ state, sourceName, onSourceName, cue }: Props) {
  const t = useTranslations('ClaimForm');
  const lookup = useSourceLookup(sourceName);
  const existing = lookup.state === 'done' ? lookup.existing : null;
  // The kind is asked once the desk has answered that the source is new (or could not answer).
  const isNewSource = (lookup.state === 'done' && !existing) || lookup.state === 'failed';
  const hint = existing
    ? t('existingSource', { name: existing.name })
    : lookup.state === 'pending'
      ? t('lookingUp')
      : isNewSource
        ? t('newSource')
        : t('noSourceHint');
  return (
    <>
      <Field id="sourceName" label={t('source')} error={firstError(state, 'sourceName')} hint={hint}>
        <TextInput
          {...fieldAria('sourceName', firstError(state, 'sourceName'), { hint: true })}
          list="source-choices"
          value={sourceName}
          onChange={(e) => onSourceName(e.target.value)}
          autoComplete="off"
        />
      </Field>
      <datalist id="source-choices">
        {(lookup.state === 'done' ? lookup.suggestions : [])
          .flatMap((s) => [s.name, ...s.aliases])
          .map((name, i) => (
            <option key={`${name}-${i}`} value={name} />
          ))}
      </datalist>
      {isNewSource ? (
        <Field id="sourceKind" label={t('sourceKind')} error={firstError(state, 'sourceKind')}>
          <Select {...fieldAria('sourceKind', firstError(state, 'sourceKind'))} defaultValue={keptValue(state, 'sourceKind') ?? 'OTHER'}>
            <KindOptions />
          </Select>
        </Field>
      ) : (
        <input type="hidden" name="sourceKind" value={existing?.kind ?? 'OTHER'} />
      )}
      <Field id="cue" label={t('cue')} error={firstError(state, 'cue')} hint={t('cueHint')}>
        <TextInput {...fieldAria('cue', firstError(state, 'cue'), { hint: true })} defaultValue={cue} />
      </Field>
    </>
  );
}
