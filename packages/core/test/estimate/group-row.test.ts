import { describe, expect, it } from 'vitest';
import { groupRow } from '../../src/estimate/group-row.ts';

describe('groupRow', () => {
  it('groupRow(labels, fields) has the grouping columns first, then the fields, in their order', () => {
    const labels = { province: '35', sex: 'F' };
    const row = groupRow(labels, { destination: 'JP', estimate: 0.31, flags: ['boundary'] });
    expect(Object.keys(row)).toEqual(['province', 'sex', 'destination', 'estimate', 'flags']);
    expect(row).toEqual({ province: '35', sex: 'F', destination: 'JP', estimate: 0.31, flags: ['boundary'] });
    // The labels object is copied, not reused.
    expect(row).not.toBe(labels);
    expect(labels).toEqual({ province: '35', sex: 'F' });
  });

  it('groupRow({}, fields) is a copy of the fields (no grouping)', () => {
    const fields = { destination: 'DE', estimate: 0.2 };
    expect(groupRow({}, fields)).toEqual(fields);
    expect(groupRow({}, fields)).not.toBe(fields);
  });
});
