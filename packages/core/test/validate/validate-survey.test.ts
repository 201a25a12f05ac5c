import { MinatError } from '@minat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designSchema, validateCsv } from './helpers.ts';

const decode = (levels: string[], codes: Int32Array) => Array.from(codes, (c) => (c < 0 ? null : levels[c]));

describe('validateSurvey', () => {
  it('accepts clean rows and normalises destinations and provinces', async () => {
    const csv = [
      'id,w,prov,psu,dest',
      '1,1.5,Jatim,a,Jepang',
      '2,2,35,a,Korsel',
      '3,1,Jawa Tengah,b,Lainnya',
      '4,0.5,ID-JT,b,',
      '5,1,NTB,c,Tidak tahu',
    ].join('\n');
    const s = await validateCsv(csv, designSchema);
    expect(s.accounting).toEqual({ file: 'test.csv', read: 5, accepted: 5, rejected: [] });
    expect(decode(s.destination.levels, s.destination.slots[0]!)).toEqual(['JP', 'KR', 'ZZ', null, null]);
    expect(Array.from(s.destination.answered)).toEqual([1, 1, 1, 0, 0]);
    expect(decode(s.province!.levels, s.province!.codes)).toEqual(['35', '35', '33', '33', '52']);
    expect(Array.from(s.weight)).toEqual([1.5, 2, 1, 0.5, 1]);
    expect(Array.from(s.rowNumbers)).toEqual([2, 3, 4, 5, 6]);
    expect(s.psu!.levels).toEqual(['Jatim/a', '35/a', 'Jawa Tengah/b', 'ID-JT/b', 'NTB/c']);
  });

  it('rejects each bad row with its row number, column, value and reason, and loses none', async () => {
    const csv = [
      'id,w,prov,psu,dest',
      '1,-2,Jatim,a,Jepang',
      '2,abc,Jatim,a,Jepang',
      '3,NaN,Jatim,a,Jepang',
      '4,1,Jatim,,Jepang',
      '5,1,Atlantis,a,Jepang',
      '6,1,Jatim,a,Jepamg',
      '7,1,Jatim,a',
      '8,1,Jatim,a,Jerman',
      '9,,Jatim,a,Jerman',
      '10,Infinity,Jatim,a,Jerman',
    ].join('\n');
    const s = await validateCsv(csv, designSchema);
    expect(s.accounting.read).toBe(10);
    expect(s.accounting.accepted).toBe(1);
    const byRow = Object.fromEntries(s.accounting.rejected.map((r) => [r.row, [r.code, r.column, r.value]]));
    expect(byRow).toEqual({
      2: ['weight-negative', 'w', '-2'],
      3: ['weight-not-numeric', 'w', 'abc'],
      4: ['weight-not-finite', 'w', 'NaN'],
      5: ['design-value-missing', 'psu', ''],
      6: ['province-unknown', 'prov', 'Atlantis'],
      7: ['destination-unknown', 'dest', 'Jepamg'],
      8: ['ragged-row', '(row)', ''],
      10: ['design-value-missing', 'w', ''],
      11: ['weight-not-finite', 'w', 'Infinity'],
    });
    const unknown = s.accounting.rejected.find((r) => r.row === 7)!;
    expect(unknown.reason).toContain('Jepang (JP)');
    expect(s.accounting.accepted + s.accounting.rejected.length).toBe(s.accounting.read);
    expect(Array.from(s.rowNumbers)).toEqual([9]);
    const summary = s.issues.find((i) => i.code === 'destination-unknown-summary')!;
    expect(summary).toMatchObject({ value: 'Jepamg', count: 1, column: 'dest' });
  });

  it('puts every problem of a row in one rejection', async () => {
    const s = await validateCsv('id,w,prov,psu,dest\n1,-1,Narnia,,Mars\n', designSchema);
    expect(s.accounting.rejected).toHaveLength(1);
    const r = s.accounting.rejected[0]!;
    expect(r.problems.map((p) => p.code).sort()).toEqual([
      'design-value-missing',
      'destination-unknown',
      'province-unknown',
      'weight-negative',
    ]);
    expect(r.reason.split('; ')).toHaveLength(4);
  });

  it('numbers rows by the line where the record starts when a quoted field spans lines', async () => {
    const csv = 'id,w,prov,psu,dest\n1,1,Jatim,a,"Jepang"\n2,1,"Atlan\ntis",a,Jepang\n3,-1,Jatim,a,Jepang\n';
    const s = await validateCsv(csv, designSchema);
    expect(s.accounting.rejected.map((r) => [r.row, r.code])).toEqual([
      [3, 'province-unknown'],
      [5, 'weight-negative'],
    ]);
  });

  it('throws column-missing naming the column, its role and the closest headers', async () => {
    const err = await validateCsv('id,wt,prov,psu,dest\n1,1,Jatim,a,JP\n', designSchema).catch((e) => e);
    expect(err).toBeInstanceOf(MinatError);
    expect(err.code).toBe('column-missing');
    expect(err.column).toBe('w');
    expect(err.message).toContain('(weight)');
  });

  it('warns about duplicate ids, PSUs in several strata and zero weights without rejecting', async () => {
    const csv = ['id,w,prov,psu,dest', '1,1,Jatim,a,JP', '1,0,Jateng,a,DE', '2,1,Jateng,b,DE'].join('\n');
    const s = await validateCsv(csv, designSchema);
    expect(s.accounting.accepted).toBe(3);
    const codes = s.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['id-duplicate', 'psu-in-several-strata', 'weight-zero']));
    expect(s.issues.find((i) => i.code === 'id-duplicate')!.message).toContain('rows 2 and 3');
    expect(s.psu!.levels).toEqual(['Jatim/a', 'Jateng/a', 'Jateng/b']);
  });

  it('equal weights and no design columns reproduce svydesign(ids=~1)', async () => {
    const s = await validateCsv('dest\nJP\nDE\n', { destination: { kind: 'single', column: 'dest' } });
    expect(s.weighted).toBe(false);
    expect(Array.from(s.weight)).toEqual([1, 1]);
    expect(s.strata).toBeUndefined();
    expect(s.psu).toBeUndefined();
  });

  it('read = accepted + rejected for any mix of good and corrupted rows (property)', async () => {
    const good = fc.record({
      w: fc.double({ min: 0, max: 100, noNaN: true }),
      dest: fc.constantFrom('Jepang', 'JP', 'Korsel', 'Taiwan', ''),
    });
    const bad = fc.oneof(
      fc.constant({ w: '-1', dest: 'JP' }),
      fc.constant({ w: 'x', dest: 'JP' }),
      fc.constant({ w: '1', dest: 'Mordor' }),
      fc.constant({ w: '', dest: 'JP' }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            good.map((g) => ({ ok: true, ...g, w: String(g.w) })),
            bad.map((b) => ({ ok: false, ...b })),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        async (rows) => {
          const csv = ['w,dest', ...rows.map((r) => `${r.w},${r.dest}`)].join('\n');
          const s = await validateCsv(csv, { weight: 'w', destination: { kind: 'single', column: 'dest' } });
          expect(s.accounting.read).toBe(rows.length);
          expect(s.accounting.accepted + s.accounting.rejected.length).toBe(rows.length);
          const expectedRejected = rows.flatMap((r, i) => (r.ok ? [] : [i + 2]));
          expect(s.accounting.rejected.map((r) => r.row)).toEqual(expectedRejected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
