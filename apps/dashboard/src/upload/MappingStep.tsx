import type { Lang } from '@minat/core';
import { useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';
import type { SchemaDraft, UploadPreview, WorkerError } from '../worker/protocol.ts';
import { ColumnsTable } from './ColumnsTable.tsx';
import { DestinationEditor } from './DestinationEditor.tsx';
import { DimensionsEditor } from './DimensionsEditor.tsx';
import { ErrorDetail } from './ErrorDetail.tsx';
import { IssueList } from './IssueList.tsx';
import { RolesEditor } from './RolesEditor.tsx';
import { SchemaJsonEditor } from './SchemaJsonEditor.tsx';
import { columnRoles, destinationOf, dimensionsOf, withDestination, withDimensions } from './schema-draft.ts';

const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** Props of {@link MappingStep}. */
export interface MappingStepProps {
  lang: Lang;
  preview: UploadPreview;
  draft: SchemaDraft;
  onDraft: (draft: SchemaDraft) => void;
  validating: boolean;
  error: WorkerError | undefined;
  onValidate: () => void;
  onBack: () => void;
}

/**
 * Step 2: what was read (rows, format, XLSForm), the columns with sample values and their roles, the
 * schema's roles as selects (design, province, destination question, dimensions), what the inference
 * found, the schema JSON for everything else, and "Validate", which applies it in the worker.
 */
export function MappingStep(props: MappingStepProps) {
  const { lang, preview, draft, onDraft, validating, error } = props;
  const [jsonError, setJsonError] = useState('');
  const columns = preview.columns;
  const source =
    preview.schemaSource === 'file'
      ? t(lang, 'upload.map.fromFile', { file: preview.schemaFile ?? '' })
      : t(lang, 'upload.map.inferred');
  return (
    <div class="upload-step">
      <p class="upload-read" data-testid="upload-read-summary">
        {t(lang, 'upload.map.read', {
          file: preview.name,
          rows: preview.rows,
          columns: columns.length,
          format: t(lang, `upload.format.${preview.format}`),
        })}
        {preview.delimiter && ` ${t(lang, `upload.delimiter.${DELIMITERS[preview.delimiter]}`)}`}
        {preview.form && ` ${t(lang, 'upload.map.form', { file: preview.form })}`}
      </p>
      <p class="note note-info">{source}</p>
      <div class="mapping-layout">
        <div class="mapping-editors">
          <RolesEditor lang={lang} draft={draft} columns={columns} onChange={onDraft} />
          <DestinationEditor
            lang={lang}
            question={destinationOf(draft)}
            columns={columns}
            onChange={(q) => onDraft(withDestination(draft, q))}
          />
          <DimensionsEditor
            lang={lang}
            dimensions={dimensionsOf(draft)}
            columns={columns}
            onChange={(dims) => onDraft(withDimensions(draft, dims))}
          />
        </div>
        <ColumnsTable lang={lang} columns={columns} examples={preview.examples} roles={columnRoles(draft)} />
      </div>
      <IssueList
        lang={lang}
        issues={preview.notes}
        title={t(lang, 'upload.map.notes')}
        testId="upload-notes"
      />
      <IssueList
        lang={lang}
        issues={preview.issues}
        title={t(lang, 'upload.map.readIssues')}
        testId="upload-read-issues"
      />
      <SchemaJsonEditor
        lang={lang}
        draft={draft}
        onChange={onDraft}
        onError={setJsonError}
        error={jsonError}
      />
      {error && <ErrorDetail error={error} lang={lang} />}
      {validating && (
        <p class="upload-busy" role="status">
          {t(lang, 'upload.progress.validate')}
        </p>
      )}
      <div class="upload-actions">
        <button type="button" class="secondary" onClick={props.onBack} disabled={validating}>
          {t(lang, 'upload.back')}
        </button>
        <button
          type="button"
          class="primary"
          disabled={validating || jsonError !== ''}
          onClick={props.onValidate}
        >
          {t(lang, 'upload.validate')}
        </button>
      </div>
    </div>
  );
}
