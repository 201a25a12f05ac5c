import type { DestinationMatch } from '../reference/create-destination-matcher.ts';

/** One token of a multi-answer cell and what it matched. */
export interface MultiToken {
  text: string;
  match: DestinationMatch;
}

const MAX_WORDS = 4;

function isKnown(m: DestinationMatch): boolean {
  return m.kind === 'country' || m.kind === 'other';
}

/**
 * Splits a select_multiple cell into answers. With a space separator, names that contain spaces
 * ("Korea Selatan", "Arab Saudi") are recognised by trying the longest run of up to four words first
 * (with `match.known`, when given, so that runs naming nothing cost no suggestions).
 *
 * @example splitMultiAnswer('Jepang Korea Selatan', ' ', match) // texts ['Jepang', 'Korea Selatan']
 */
export function splitMultiAnswer(
  cell: string,
  separator: string,
  match: ((v: string) => DestinationMatch) & { known?: (v: string) => boolean },
): MultiToken[] {
  const out: MultiToken[] = [];
  if (separator.trim() !== '') {
    for (const part of cell.split(separator)) {
      const text = part.trim();
      if (text !== '') out.push({ text, match: match(text) });
    }
    return out;
  }
  const words = cell
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let len = Math.min(MAX_WORDS, words.length - i); len >= 2; len--) {
      const text = words.slice(i, i + len).join(' ');
      if (match.known ? !match.known(text) : !isKnown(match(text))) continue;
      out.push({ text, match: match(text) });
      taken = len;
      break;
    }
    if (taken === 0) {
      const text = words[i]!;
      out.push({ text, match: match(text) });
      taken = 1;
    }
    i += taken;
  }
  return out;
}
