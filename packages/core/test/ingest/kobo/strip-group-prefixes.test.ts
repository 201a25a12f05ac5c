import { describe, expect, it } from 'vitest';
import { stripGroupPrefixes } from '../../../src/ingest/kobo/strip-group-prefixes.ts';

describe('stripGroupPrefixes', () => {
  it('stripGroupPrefixes(KoBo "/" headers) strips groups, keeps meta and select_multiple details', () => {
    const headers = [
      'start',
      'resp/sex',
      'resp/age',
      'dest/dest_1',
      'dest/considered',
      'dest/considered/JP',
      'dest/considered/KR',
      'meta/instanceID',
      '_id',
    ];
    const { headers: out, issues } = stripGroupPrefixes(headers, { file: 'export.csv' });
    expect(out).toEqual([
      'start',
      'sex',
      'age',
      'dest_1',
      'considered',
      'considered/JP',
      'considered/KR',
      'meta/instanceID',
      '_id',
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      level: 'info',
      code: 'kobo-group-prefix-stripped',
      file: 'export.csv',
      count: 6,
    });
    expect(issues[0]?.message).toBe(
      'export.csv: removed the group prefix (separator "/") from 6 column headers: "resp/sex" → "sex", ' +
        '"resp/age" → "age", "dest/dest_1" → "dest_1", "dest/considered" → "considered", ' +
        '"dest/considered/JP" → "considered/JP", …',
    );
  });

  it('stripGroupPrefixes(details-only select_multiple with cells) keeps question/option', () => {
    const headers = ['dest/dest_1', 'dest/considered/JP', 'dest/considered/KR'];
    const columns = [
      ['JP', 'KR'],
      ['1', ''],
      ['0', ''],
    ];
    expect(stripGroupPrefixes(headers, { columns }).headers).toEqual([
      'dest_1',
      'considered/JP',
      'considered/KR',
    ]);
  });

  it('stripGroupPrefixes(ODK Central "-" headers) strips groups and keeps details', () => {
    const headers = [
      'SubmissionDate',
      'resp-age',
      'resp-sex',
      'dest-considered',
      'dest-considered/JP',
      'KEY',
    ];
    expect(stripGroupPrefixes(headers).headers).toEqual([
      'SubmissionDate',
      'age',
      'sex',
      'considered',
      'considered/JP',
      'KEY',
    ]);
  });

  it('stripGroupPrefixes(IMPACT "." headers with cells) writes details as question/option', () => {
    const headers = ['grp.age', 'grp.considered', 'grp.considered.JP', 'grp.considered.KR'];
    const columns = [['30'], ['JP'], ['1'], ['0']];
    const { headers: out, issues } = stripGroupPrefixes(headers, { columns });
    expect(out).toEqual(['age', 'considered', 'considered/JP', 'considered/KR']);
    expect(issues[0]?.details).toMatchObject({ separator: '.' });
  });

  it('stripGroupPrefixes(names that would clash) keeps those prefixes and says so', () => {
    const headers = ['a/x', 'a/y', 'b/x', 'b/z', 'y'];
    const { headers: out, issues } = stripGroupPrefixes(headers);
    expect(out).toEqual(['a/x', 'a/y', 'b/x', 'z', 'y']);
    expect(issues.map((i) => i.code)).toEqual(['kobo-group-prefix-stripped', 'kobo-group-prefix-kept']);
    expect(issues[1]?.message).toBe(
      'kept the group prefix of "a/x", "a/y", "b/x": without it two columns would have the same name',
    );
  });

  it('stripGroupPrefixes(a lone "/" label, numbered names, plain headers) changes nothing and reports nothing', () => {
    expect(stripGroupPrefixes(['Negara/wilayah', 'Umur'])).toEqual({
      headers: ['Negara/wilayah', 'Umur'],
      issues: [],
    });
    expect(stripGroupPrefixes(['q1.1', 'q1.2', 'q2'])).toEqual({
      headers: ['q1.1', 'q1.2', 'q2'],
      issues: [],
    });
    expect(stripGroupPrefixes(['id', 'age']).issues).toEqual([]);
  });
});
