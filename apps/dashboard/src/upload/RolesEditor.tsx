import type { Lang } from '@minat/core';
import { type MessageKey, t } from '../i18n/messages.ts';
import type { SchemaDraft } from '../worker/protocol.ts';
import { ColumnSelect } from './ColumnSelect.tsx';
import { type PlainRole, roleColumn, withRole } from './schema-draft.ts';

const ROLES: { role: PlainRole | 'province'; label: MessageKey; none: MessageKey }[] = [
  { role: 'id', label: 'upload.role.id', none: 'upload.role.id.none' },
  { role: 'wave', label: 'upload.role.wave', none: 'upload.role.wave.none' },
  { role: 'weight', label: 'upload.role.weight', none: 'upload.role.weight.none' },
  { role: 'strata', label: 'upload.role.strata', none: 'upload.role.strata.none' },
  { role: 'psu', label: 'upload.role.psu', none: 'upload.role.psu.none' },
  { role: 'province', label: 'upload.role.province', none: 'upload.role.province.none' },
];

/** Props of {@link RolesEditor}. */
export interface RolesEditorProps {
  lang: Lang;
  draft: SchemaDraft;
  columns: readonly string[];
  onChange: (draft: SchemaDraft) => void;
}

/**
 * The design roles of the schema as selects: respondent id, wave, weight, stratum, cluster (PSU) and
 * origin province, each optional (the empty choice says what happens without it).
 */
export function RolesEditor({ lang, draft, columns, onChange }: RolesEditorProps) {
  return (
    <fieldset class="map-group roles">
      <legend>{t(lang, 'upload.map.roles')}</legend>
      <div class="map-grid">
        {ROLES.map(({ role, label, none }) => (
          <ColumnSelect
            key={role}
            id={`map-role-${role}`}
            label={t(lang, label)}
            lang={lang}
            value={roleColumn(draft, role)}
            columns={columns}
            none={t(lang, none)}
            onChange={(column) => onChange(withRole(draft, role, column))}
          />
        ))}
      </div>
    </fieldset>
  );
}
