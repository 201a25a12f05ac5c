import type { SchemaDraft } from '../worker/protocol.ts';

/** Design roles held by one column name in the schema (`"weight": "bobot"`). */
export const PLAIN_ROLES = ['id', 'wave', 'weight', 'strata', 'psu'] as const;

/** One of {@link PLAIN_ROLES}. */
export type PlainRole = (typeof PLAIN_ROLES)[number];

/** Destination question kinds. */
export const QUESTION_KINDS = ['single', 'ranked', 'multi'] as const;

/** One of {@link QUESTION_KINDS}. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A grouping dimension as the draft holds it (codes, bins and missing values kept as they are). */
export interface DraftDimension {
  key: string;
  column: string;
  label?: { en: string; id: string };
  [more: string]: unknown;
}

/** The destination question as the draft holds it. */
export interface DraftQuestion {
  kind: QuestionKind;
  column?: string;
  columns?: string[];
  separator?: string;
  options?: { code: string; column: string }[];
  [more: string]: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The column of a plain role, or '' when the draft has none. */
export function roleColumn(draft: SchemaDraft, role: PlainRole | 'province'): string {
  if (role === 'province') {
    const p = draft['province'];
    return (p && typeof p === 'object' ? str((p as Record<string, unknown>)['column']) : undefined) ?? '';
  }
  return str(draft[role]) ?? '';
}

/**
 * The draft with a role set to a column ('' removes the role). The province keeps its label when its
 * column changes.
 * @example withRole({ version: 1 }, 'weight', 'bobot') // { version: 1, weight: 'bobot' }
 */
export function withRole(draft: SchemaDraft, role: PlainRole | 'province', column: string): SchemaDraft {
  const next: SchemaDraft = { ...draft };
  if (column === '') delete next[role];
  else if (role === 'province') {
    const old = draft['province'];
    next['province'] = { ...(old && typeof old === 'object' ? old : {}), column };
  } else next[role] = column;
  return next;
}

/** The destination question of the draft (a single question without a column when there is none). */
export function destinationOf(draft: SchemaDraft): DraftQuestion {
  const d = draft['destination'];
  if (d && typeof d === 'object' && !Array.isArray(d)) {
    const q = d as DraftQuestion;
    if ((QUESTION_KINDS as readonly string[]).includes(q.kind)) return q;
  }
  return { kind: 'single', column: '' };
}

/** The columns a destination question reads, first choice first. */
export function questionColumns(q: DraftQuestion): string[] {
  if (q.kind === 'ranked') return q.columns ?? [];
  if (q.kind === 'multi' && q.options) return q.options.map((o) => o.column);
  return q.column ? [q.column] : [];
}

/**
 * The destination question turned into another kind, keeping its key, labels, other and no-answer
 * values: single ↔ ranked keep the columns (a single question takes the first), multi starts from a
 * delimited column (space-separated, as KoBo writes it).
 */
export function withKind(q: DraftQuestion, kind: QuestionKind): DraftQuestion {
  if (kind === q.kind) return q;
  const { column: _c, columns: _cs, separator: _s, options: _o, ...common } = q;
  const cols = q.kind === 'multi' && q.options ? [] : questionColumns(q);
  if (kind === 'ranked') return { ...common, kind, columns: cols.length > 0 ? cols : [''] };
  if (kind === 'multi') return { ...common, kind, column: cols[0] ?? '', separator: q.separator ?? ' ' };
  return { ...common, kind, column: cols[0] ?? '' };
}

/** The draft with its destination question replaced. */
export function withDestination(draft: SchemaDraft, q: DraftQuestion): SchemaDraft {
  return { ...draft, destination: q };
}

/** The grouping dimensions of the draft. */
export function dimensionsOf(draft: SchemaDraft): DraftDimension[] {
  const d = draft['dimensions'];
  if (!Array.isArray(d)) return [];
  return d.filter(
    (x): x is DraftDimension => !!x && typeof x === 'object' && typeof (x as DraftDimension).key === 'string',
  );
}

/** The draft with these dimensions (the key is dropped when there are none). */
export function withDimensions(draft: SchemaDraft, dims: DraftDimension[]): SchemaDraft {
  const next: SchemaDraft = { ...draft };
  if (dims.length === 0) delete next['dimensions'];
  else next['dimensions'] = dims;
  return next;
}

/**
 * A dimension moved to another column: its codebook and bins belonged to the old column, so they go
 * (the values are then taken as they are), and a label that was the old column's name follows.
 */
export function withDimensionColumn(dim: DraftDimension, column: string): DraftDimension {
  const { codes: _codes, bins: _bins, missing: _missing, ...rest } = dim;
  const named = !dim.label || (dim.label.en === dim.column && dim.label.id === dim.column);
  return { ...rest, column, ...(named ? { label: { en: column, id: column } } : {}) };
}

/**
 * A snake_case key for a column (its bare name after the last `/`), unique among `taken`.
 * @example dimensionKey('Responden/Jenis kelamin', new Set()) // 'jenis_kelamin'
 */
export function dimensionKey(column: string, taken: ReadonlySet<string>): string {
  const bare = (column.split('/').at(-1) ?? column)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const base = bare === '' ? 'group' : /^[a-z]/.test(bare) ? bare : `d_${bare}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

/** A new dimension for a column: values as they are, labelled with the column's name. */
export function newDimension(column: string, taken: ReadonlySet<string>): DraftDimension {
  return { key: dimensionKey(column, taken), column, label: { en: column, id: column } };
}

/** Which roles each column plays in the draft (for the column table of the mapping step). */
export function columnRoles(draft: SchemaDraft): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  const add = (column: string | undefined, role: string) => {
    if (!column) return;
    const list = roles.get(column);
    if (list) list.push(role);
    else roles.set(column, [role]);
  };
  for (const role of PLAIN_ROLES) add(roleColumn(draft, role), role);
  add(roleColumn(draft, 'province'), 'province');
  for (const c of questionColumns(destinationOf(draft))) add(c, 'destination');
  for (const d of dimensionsOf(draft)) add(d.column, `dimension:${d.key}`);
  const questions = Array.isArray(draft['questions']) ? (draft['questions'] as DraftQuestion[]) : [];
  for (const q of questions) for (const c of questionColumns(q)) add(c, `question:${str(q['key']) ?? ''}`);
  const column = (v: unknown) =>
    v && typeof v === 'object' ? str((v as Record<string, unknown>)['column']) : undefined;
  add(column(draft['intention']), 'intention');
  const readiness = draft['readiness'] as Record<string, unknown> | undefined;
  const language = Array.isArray(readiness?.['language']) ? (readiness['language'] as unknown[]) : [];
  for (const l of language) add(column(l), 'readiness');
  add(column(readiness?.['certificate']), 'readiness');
  return roles;
}
