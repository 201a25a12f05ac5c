import type { Lang } from '@minat/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';
import type { SchemaDraft } from '../worker/protocol.ts';

/** Props of {@link SchemaJsonEditor}. */
export interface SchemaJsonEditorProps {
  lang: Lang;
  draft: SchemaDraft;
  /** A new draft, each time the text holds a JSON object. */
  onChange: (draft: SchemaDraft) => void;
  /** The JSON error of the text ('' when it parses). */
  onError: (error: string) => void;
  error: string;
}

const pretty = (draft: SchemaDraft) => JSON.stringify(draft, null, 2);

/**
 * "Advanced": the whole schema as JSON, for what the selects do not cover (labels, codebooks, bins,
 * further questions, intention, readiness). It follows the selects, and the selects follow it while
 * its text is a JSON object; otherwise the JSON error shows and validation waits.
 */
export function SchemaJsonEditor({ lang, draft, onChange, onError, error }: SchemaJsonEditorProps) {
  const [text, setText] = useState(() => pretty(draft));
  const own = useRef<SchemaDraft>(draft);
  useEffect(() => {
    if (draft === own.current) return;
    own.current = draft;
    setText(pretty(draft));
    onError('');
  }, [draft]);
  const onInput = (value: string) => {
    setText(value);
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (e) {
      onError((e as Error).message);
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      onError(t(lang, 'upload.json.notObject'));
      return;
    }
    own.current = parsed as SchemaDraft;
    onError('');
    onChange(parsed as SchemaDraft);
  };
  return (
    <details class="schema-json">
      <summary>{t(lang, 'upload.json.title')}</summary>
      <p class="field-hint" id="map-json-hint">
        {t(lang, 'upload.json.hint')}
      </p>
      <label for="map-json" class="visually-hidden">
        {t(lang, 'upload.json.label')}
      </label>
      <textarea
        id="map-json"
        spellcheck={false}
        rows={16}
        value={text}
        aria-describedby="map-json-hint map-json-error"
        aria-invalid={error !== '' ? 'true' : undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="json-error" id="map-json-error" aria-live="polite">
        {error !== '' && t(lang, 'upload.json.error', { error })}
      </p>
    </details>
  );
}
