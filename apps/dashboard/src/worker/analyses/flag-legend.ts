import {
  type Lang,
  reliabilityMessage,
  reliabilityStandards,
  type SuppressionOptions,
  suppressionNote,
} from '@minat/core';
import { t } from '../../i18n/messages.ts';

/**
 * What the flags of `rows` mean, in one sentence: each reliability or ranking flag present with its
 * meaning (`unreliable:nchs: unreliable under the NCHS 2017 standard …`), then the suppression note
 * (how many cells are withheld and why). Undefined when no row has a flag.
 * @example flagLegend(rows, 'id', { numerator: 5 })
 */
export function flagLegend(
  rows: readonly { flags: readonly string[] }[],
  lang: Lang,
  suppression: SuppressionOptions = {},
): string | undefined {
  const present = [...new Set(rows.flatMap((r) => r.flags))].filter((f) => !f.startsWith('suppressed:'));
  const items = present.map((flag) => `${flag}: ${meaning(flag, lang)}`);
  const parts: string[] = [];
  if (items.length > 0) parts.push(t(lang, 'table.flags', { items: items.join('; ') }));
  const suppressed = suppressionNote(rows, lang, suppression);
  if (suppressed) parts.push(suppressed);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function meaning(flag: string, lang: Lang): string {
  const [name = flag, detail = ''] = flag.split(':');
  if (name === 'unreliable' || name === 'caution') {
    const standard = reliabilityStandards[detail as keyof typeof reliabilityStandards];
    return reliabilityMessage(`flag-${name}`, { standard: standard?.label[lang] ?? detail }, lang);
  }
  if (name === 'review' || name === 'df-low' || name === 'complement-footnote')
    return reliabilityMessage(`flag-${name}`, {}, lang);
  if (name === 'boundary') return reliabilityMessage('reliability-boundary', {}, lang);
  if (name === 'diff-withheld') return t(lang, 'table.flagDiffWithheld');
  if (name === 'lonely-psu') return t(lang, 'table.flagLonely');
  return flag;
}
