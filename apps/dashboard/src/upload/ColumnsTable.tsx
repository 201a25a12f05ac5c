import type { Lang } from '@minat/core';
import { type MessageKey, t } from '../i18n/messages.ts';

/** Props of {@link ColumnsTable}. */
export interface ColumnsTableProps {
  lang: Lang;
  columns: readonly string[];
  examples: readonly string[][];
  /** Roles each column plays in the schema draft (`weight`, `dimension:sex`, …). */
  roles: Map<string, string[]>;
}

const ROLE_KEYS: Record<string, MessageKey> = {
  id: 'upload.role.id',
  wave: 'upload.role.wave',
  weight: 'upload.role.weight',
  strata: 'upload.role.strata',
  psu: 'upload.role.psu',
  province: 'upload.role.province',
  destination: 'upload.map.destination',
  intention: 'upload.use.intention',
  readiness: 'upload.use.readiness',
};

function roleText(lang: Lang, role: string): string {
  const [kind, key = ''] = role.split(':');
  if (kind === 'dimension') return t(lang, 'upload.use.dimension', { key });
  if (kind === 'question') return t(lang, 'upload.use.question', { key });
  const known = ROLE_KEYS[kind ?? ''];
  return known ? t(lang, known) : role;
}

/** The file's columns with a few of their values and the role each plays in the schema draft. */
export function ColumnsTable({ lang, columns, examples, roles }: ColumnsTableProps) {
  return (
    <div class="table-scroll columns-scroll">
      <table class="data-table columns-table" data-testid="upload-columns">
        <caption>{t(lang, 'upload.columns.caption', { count: columns.length })}</caption>
        <colgroup>
          <col class="col-name" />
          <col />
          <col class="col-role" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'upload.columns.column')}</th>
            <th scope="col">{t(lang, 'upload.columns.examples')}</th>
            <th scope="col">{t(lang, 'upload.columns.role')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c, i) => (
            <tr key={c}>
              <th scope="row">{c}</th>
              <td class="examples">{(examples[i] ?? []).join(' · ')}</td>
              <td>{(roles.get(c) ?? []).map((r) => roleText(lang, r)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
