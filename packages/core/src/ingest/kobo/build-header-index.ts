import { foldHeader } from './fold-header.ts';
import type { XlsForm, XlsFormQuestion } from './xls-form.ts';

/** What a header can stand for. */
export interface HeaderTarget {
  kind: 'question' | 'select-detail' | 'gps';
  question: XlsFormQuestion;
  /** Choice name, for `select-detail`. */
  option?: string;
  /** Geopoint part, for `gps`. */
  part?: 'latitude' | 'longitude' | 'altitude' | 'precision';
}

/** Folded header text → the distinct targets it can stand for. */
export type HeaderLookup = Map<string, HeaderTarget[]>;

/** The headers an export of a form can have, by XML names and by labels per language. */
export interface HeaderIndex {
  names: HeaderLookup;
  labels: Map<string, HeaderLookup>;
}

const SEPARATORS = ['/', '-', '.'];
const GPS_PARTS = ['latitude', 'longitude', 'altitude', 'precision'] as const;
/** ODK Central's geopoint suffixes. */
const ODK_GPS: Record<string, HeaderTarget['part']> = {
  latitude: 'latitude',
  longitude: 'longitude',
  altitude: 'altitude',
  accuracy: 'precision',
};

/**
 * Lists every header an export of the form can have, folded with {@link foldHeader}: for each
 * question its XML name bare and behind its group path joined by `/`, `-` or `.`; the same with labels
 * per language (group labels, or group names where a group has no label); select_multiple detail
 * headers `<question><sep><choice>` (XML: `/` or the group separator; labels: `/`, `-` or `.`); and
 * geopoint parts (`_loc_latitude`, `grp/_loc_latitude`, `grp-loc-Latitude`).
 *
 * @param form - the parsed XLSForm
 * @example
 * ```ts
 * const index = buildHeaderIndex(form);
 * index.names.get('dest/considered/jp'); // [{ kind: 'select-detail', question: …, option: 'JP' }]
 * ```
 */
export function buildHeaderIndex(form: XlsForm): HeaderIndex {
  const names: HeaderLookup = new Map();
  const labels = new Map<string, HeaderLookup>(form.languages.map((l) => [l, new Map()]));
  for (const question of form.questions) {
    const choices =
      question.type === 'select_multiple' ? (form.choices.get(question.listName ?? '') ?? []) : [];
    addVariants(names, question, question.name, question.groupPath, (c) => c.name, choices);
    for (const [language, lookup] of labels) {
      const label = question.labels[language];
      if (label === undefined) continue;
      const groups = question.groupPath.map((g, i) => question.groupLabels[i]?.[language] ?? g);
      addVariants(lookup, question, label, groups, (c) => c.labels[language] ?? c.name, choices);
    }
  }
  return { names, labels };
}

function addVariants(
  lookup: HeaderLookup,
  question: XlsFormQuestion,
  text: string,
  groups: string[],
  choiceText: (c: { name: string; labels: Record<string, string> }) => string,
  choices: { name: string; labels: Record<string, string> }[],
): void {
  const variants: { head: string; joints: string[]; prefix: string; s: string }[] = [
    { head: text, joints: SEPARATORS, prefix: '', s: '' },
  ];
  if (groups.length) {
    for (const s of SEPARATORS) {
      const prefix = groups.join(s) + s;
      variants.push({ head: prefix + text, joints: [...new Set(['/', s])], prefix, s });
    }
  }
  for (const v of variants) {
    add(lookup, v.head, { kind: 'question', question });
    for (const c of choices) {
      for (const j of v.joints)
        add(lookup, v.head + j + choiceText(c), { kind: 'select-detail', question, option: c.name });
    }
    if (question.type !== 'geopoint') continue;
    for (const part of GPS_PARTS) add(lookup, `${v.prefix}_${text}_${part}`, { kind: 'gps', question, part });
    if (v.s === '-' || v.s === '') {
      for (const [suffix, part] of Object.entries(ODK_GPS))
        add(lookup, `${v.head}-${suffix}`, { kind: 'gps', question, part });
    }
  }
}

function add(lookup: HeaderLookup, header: string, target: HeaderTarget): void {
  const key = foldHeader(header);
  const targets = lookup.get(key);
  if (!targets) {
    lookup.set(key, [target]);
    return;
  }
  const same = targets.some(
    (t) =>
      t.kind === target.kind &&
      t.question === target.question &&
      t.option === target.option &&
      t.part === target.part,
  );
  if (!same) targets.push(target);
}
