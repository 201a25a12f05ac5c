import { describe, expect, it } from 'vitest';
import { rowStatus } from '../../src/index.ts';

describe('rowStatus', () => {
  it.each([
    [{ estimate: 0.2, flags: [] }, 'reliable'],
    [{ estimate: 0.2, flags: ['caution:bps'] }, 'caution'],
    [{ estimate: 0.2, flags: ['caution:nchs', 'unreliable:nchs'] }, 'unreliable'],
    [{ estimate: null, flags: ['unreliable:nchs', 'suppressed:numerator'] }, 'suppressed'],
    [{ estimate: null, flags: [] }, 'missing'],
    [{ estimate: 0, flags: ['boundary'] }, 'reliable'],
  ])('rowStatus(%j) is %s', (row, status) => {
    expect(rowStatus(row)).toBe(status);
  });

  it("rowStatus(row, 'survey_share') reads another value column", () => {
    expect(rowStatus({ survey_share: 0.1 }, 'survey_share')).toBe('reliable');
  });
});
