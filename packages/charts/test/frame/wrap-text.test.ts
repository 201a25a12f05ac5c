import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/frame/wrap-text.ts';

describe('wrapText', () => {
  it('wrapText(text, 7) breaks at spaces within 7 characters', () => {
    expect(wrapText('one two three', 7)).toEqual(['one two', 'three']);
  });

  it('gives a word longer than the width its own line and drops extra spaces', () => {
    expect(wrapText('  a  verylongword b ', 4)).toEqual(['a', 'verylongword', 'b']);
    expect(wrapText('', 10)).toEqual([]);
  });
});
