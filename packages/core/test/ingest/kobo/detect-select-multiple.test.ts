import { describe, expect, it } from 'vitest';
import { detectSelectMultiple } from '../../../src/ingest/kobo/detect-select-multiple.ts';

describe('detectSelectMultiple', () => {
  it('detectSelectMultiple(summary + details with an unanswered row) finds the question and its codes', () => {
    const headers = ['_id', 'dest/considered', 'dest/considered/JP', 'dest/considered/KR', 'resp/age'];
    const columns = [
      ['1', '2', '3'],
      ['JP KR', '', 'KR'],
      ['1', '', '0'],
      ['1', '', '1'],
      ['23', '31', '19'],
    ];
    expect(detectSelectMultiple(headers, columns)).toEqual([
      {
        question: 'dest/considered',
        summaryColumn: 'dest/considered',
        separator: '/',
        options: [
          { code: 'JP', column: 'dest/considered/JP' },
          { code: 'KR', column: 'dest/considered/KR' },
        ],
      },
    ]);
  });

  it('detectSelectMultiple(details only, with cells) finds it without a summary column', () => {
    const headers = ['considered/JP', 'considered/SA', 'considered/TW'];
    const columns = [
      ['1', '0', ''],
      ['0', '1', ''],
      ['0', '0', ''],
    ];
    expect(detectSelectMultiple(headers, columns)).toEqual([
      {
        question: 'considered',
        separator: '/',
        options: [
          { code: 'JP', column: 'considered/JP' },
          { code: 'SA', column: 'considered/SA' },
          { code: 'TW', column: 'considered/TW' },
        ],
      },
    ]);
  });

  it('detectSelectMultiple(group of questions with one non-0/1 column) finds nothing', () => {
    const headers = ['resp/has_phone', 'resp/has_job', 'resp/age'];
    const columns = [
      ['1', '0'],
      ['0', '1'],
      ['23', '40'],
    ];
    expect(detectSelectMultiple(headers, columns)).toEqual([]);
  });

  it('detectSelectMultiple(headers only) needs the summary column', () => {
    expect(detectSelectMultiple(['resp/age', 'resp/sex'])).toEqual([]);
    expect(detectSelectMultiple(['considered', 'considered/JP'])).toEqual([
      {
        question: 'considered',
        summaryColumn: 'considered',
        separator: '/',
        options: [{ code: 'JP', column: 'considered/JP' }],
      },
    ]);
  });

  it('detectSelectMultiple(IMPACT-style "." and ODK Central "-" groups) finds both', () => {
    const headers = ['grp.considered.JP', 'grp.considered.KR', 'grp-worked/MY', 'grp-worked/HK', 'q1.1'];
    const columns = [['1'], ['0'], ['0'], ['1'], ['7']];
    expect(detectSelectMultiple(headers, columns)).toEqual([
      {
        question: 'grp.considered',
        separator: '.',
        options: [
          { code: 'JP', column: 'grp.considered.JP' },
          { code: 'KR', column: 'grp.considered.KR' },
        ],
      },
      {
        question: 'grp-worked',
        separator: '/',
        options: [
          { code: 'MY', column: 'grp-worked/MY' },
          { code: 'HK', column: 'grp-worked/HK' },
        ],
      },
    ]);
  });

  it('detectSelectMultiple(label headers with spaces) keeps the label codes', () => {
    const headers = ['Negara tujuan', 'Negara tujuan/Arab Saudi', 'Negara tujuan/Jepang'];
    const columns = [['Jepang'], ['0'], ['1']];
    expect(detectSelectMultiple(headers, columns)[0]?.options.map((o) => o.code)).toEqual([
      'Arab Saudi',
      'Jepang',
    ]);
  });

  it('detectSelectMultiple(meta columns) never takes them', () => {
    expect(detectSelectMultiple(['meta/instanceID', 'meta/deprecatedID'], [[''], ['']])).toEqual([]);
  });
});
