import { describe, expect, it } from 'vitest';
import { repo, runCli } from './run-cli.ts';

describe('minat schema init', () => {
  it('drafts the roles of the sample survey from its headers and values', async () => {
    const r = await runCli('schema', 'init', repo('packages/core/test/fixtures/formats/survey-2026.csv'));
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({
      id: 'resp_id',
      wave: 'wave',
      weight: 'weight',
      psu: 'regency',
      province: { column: 'province' },
    });
    expect(s.destination).toEqual({
      kind: 'ranked',
      key: 'destination',
      columns: ['dest_1', 'dest_2', 'dest_3'],
    });
    expect(s.questions).toEqual([{ kind: 'multi', key: 'considered', column: 'considered', separator: ' ' }]);
    expect(s.dimensions.map((d: { key: string }) => d.key)).toEqual(
      expect.arrayContaining(['age_group', 'sex', 'education', 'occupation', 'worked_abroad']),
    );
    expect(s.readiness.language.map((l: { framework: string }) => l.framework)).toEqual([
      'JLPT',
      'JFT-Basic',
      'CEFR',
      'EPS-TOPIK',
    ]);
    expect(s.intention.column).toBe('intention');
    expect(r.stderr).toContain('draft');
  });

  it('with the XLSForm, reads the KoBo export (labels, group prefixes, select_multiple columns)', async () => {
    const r = await runCli(
      'schema',
      'init',
      repo('data/sample/kobo/survey-2026.csv'),
      '--xlsform',
      repo('data/sample/kobo/form.xlsx'),
    );
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.destination).toMatchObject({ kind: 'ranked', columns: ['dest_1', 'dest_2', 'dest_3'] });
    const multi = s.questions.find((q: { kind: string }) => q.kind === 'multi');
    expect(multi).toBeDefined();
    expect(s.province).toEqual({ column: 'province' });
  });
});
