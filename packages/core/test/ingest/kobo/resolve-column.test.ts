import { describe, expect, it } from 'vitest';
import { resolveColumn } from '../../../src/ingest/kobo/resolve-column.ts';

describe('resolveColumn', () => {
  it('resolveColumn(exact header) returns its index even when a prefixed header also ends with it', () => {
    expect(resolveColumn(['grp/dest_1', 'dest_1'], 'dest_1')).toEqual({ index: 1 });
  });

  it('resolveColumn(header differing in case and spacing) finds it', () => {
    expect(resolveColumn(['_id', '  Negara  Tujuan '], 'negara tujuan')).toEqual({ index: 1 });
  });

  it('resolveColumn(question name) finds it behind a group path with "/", "-" or "."', () => {
    expect(resolveColumn(['_id', 'resp/age', 'dest/dest_1'], 'dest_1')).toEqual({ index: 2 });
    expect(resolveColumn(['SubmissionDate', 'resp-age', 'dest-dest_1'], 'dest_1')).toEqual({ index: 2 });
    expect(resolveColumn(['resp.age', 'dest.dest_1'], 'dest_1')).toEqual({ index: 1 });
    expect(resolveColumn(['outer/inner/dest_1'], 'dest_1')).toEqual({ index: 0 });
  });

  it('resolveColumn(question/option) finds the detail column with every separator layout', () => {
    for (const header of [
      'considered.JP',
      'grp/considered/JP',
      'grp-considered/JP',
      'grp-considered-JP',
      'grp.considered/JP',
      'grp.considered.JP',
    ]) {
      expect(resolveColumn(['considered/KR', header], 'considered/JP'), header).toEqual({ index: 1 });
    }
  });

  it('resolveColumn(option code alone) does not take the detail column of a question present as a header', () => {
    expect(resolveColumn(['considered', 'considered/JP'], 'JP')).toEqual({
      missing: true,
      suggestions: ['considered/JP'],
    });
  });

  it('resolveColumn(name with a group path) finds the bare header, never the choice code alone', () => {
    expect(resolveColumn(['_id', 'dest_1', 'considered/JP'], 'dest/dest_1')).toEqual({ index: 1 });
    expect(resolveColumn(['considered', 'considered/JP'], 'dest/considered/JP')).toEqual({ index: 1 });
    expect(resolveColumn(['outer/q', 'q'], 'outer/inner/q')).toEqual({ index: 1 });
    expect(resolveColumn(['considered', 'JP'], 'considered/JP')).toEqual({
      missing: true,
      suggestions: ['JP', 'considered'],
    });
  });

  it('resolveColumn(name in two groups) reports both headers as ambiguous', () => {
    expect(resolveColumn(['a/x', 'b/x', 'y'], 'x')).toEqual({ ambiguous: ['a/x', 'b/x'] });
    expect(resolveColumn(['a-dest_1', 'b.dest_1'], 'dest_1')).toEqual({
      ambiguous: ['a-dest_1', 'b.dest_1'],
    });
  });

  it('resolveColumn(two headers equal ignoring case) reports them as ambiguous', () => {
    expect(resolveColumn(['Age', 'AGE'], 'age')).toEqual({ ambiguous: ['Age', 'AGE'] });
  });

  it('resolveColumn(suffix without separator) does not match', () => {
    expect(resolveColumn(['grpdest_1', 'xdest_1'], 'dest_1')).toEqual({
      missing: true,
      suggestions: ['xdest_1'],
    });
  });

  it('resolveColumn(absent name) suggests close headers, closest first', () => {
    expect(resolveColumn(['age', 'sex', 'grp/dest_1', 'province'], 'dest1')).toEqual({
      missing: true,
      suggestions: ['grp/dest_1'],
    });
    expect(resolveColumn(['a', 'b'], 'destination')).toEqual({ missing: true, suggestions: [] });
  });
});
