import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo, runCli } from './run-cli.ts';

const CHARTS = [
  'ranking',
  'comparison',
  'heatmap',
  'trend',
  'bump',
  'province-map',
  'world-map',
  'readiness',
  'placements',
];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
let dir: string;
let run: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minat-report-'));
  run = await runCli(
    'report',
    repo('data/sample/survey.csv'),
    '--schema',
    repo('data/sample/survey.json'),
    '--out',
    dir,
    '--lang',
    'both',
  );
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('minat report on the sample survey with --lang both', () => {
  it('exits 0 and prints progress lines on stderr', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('rendering en/ranking.svg …');
    expect(run.stderr).toContain('writing id/index.html …');
  });

  it('writes index.html and SVG, PNG, Vega-Lite JSON and CSV for every chart in en and id', async () => {
    for (const lang of ['en', 'id']) {
      const files = new Set(await readdir(join(dir, lang)));
      expect(files.has('index.html')).toBe(true);
      for (const name of CHARTS)
        for (const ext of ['svg', 'png', 'vl.json', 'csv'])
          expect(files, `${lang}/${name}.${ext}`).toContain(`${name}.${ext}`);
    }
  });

  it('writes PNGs with the PNG signature larger than 5 KB and SVGs starting with <svg', async () => {
    for (const lang of ['en', 'id'])
      for (const name of CHARTS) {
        const png = await readFile(join(dir, lang, `${name}.png`));
        expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
        expect(png.length).toBeGreaterThan(5000);
        const svg = await readFile(join(dir, lang, `${name}.svg`), 'utf8');
        expect(svg.trimStart().startsWith('<svg')).toBe(true);
        expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
      }
  });

  it('writes Vega-Lite specs with their data inline and CSVs of the published numbers', async () => {
    const spec = JSON.parse(await readFile(join(dir, 'en', 'ranking.vl.json'), 'utf8'));
    expect(spec.$schema).toMatch(/vega-lite/);
    expect(JSON.stringify(spec)).not.toMatch(/"url"\s*:/);
    const csv = (await readFile(join(dir, 'en', 'ranking.csv'), 'utf8')).split('\n');
    expect(csv[0]).toBe(
      'destination,rank,rank_low,rank_high,estimate,ci_low,ci_high,p_first,n_unweighted,flags',
    );
    expect(csv[1]).toMatch(/^JP,1,/);
  });

  it('makes index.html self-contained: no http(s) reference outside xmlns attributes, Inter embedded', async () => {
    for (const lang of ['en', 'id']) {
      const html = await readFile(join(dir, lang, 'index.html'), 'utf8');
      const stripped = html.replace(/xmlns(:\w+)?="[^"]*"/g, '');
      expect(stripped).not.toMatch(/https?:\/\//);
      expect(html).toContain('src: url(data:font/ttf;base64,');
      expect((html.match(/<svg/g) ?? []).length).toBe(CHARTS.length);
      expect((html.match(/<table>/g) ?? []).length).toBe(CHARTS.length);
    }
  });

  it('states the key findings from the results, in English and in Indonesian with decimal commas', async () => {
    const en = await readFile(join(dir, 'en', 'index.html'), 'utf8');
    const id = await readFile(join(dir, 'id', 'index.html'), 'utf8');
    expect(en).toContain(
      'Japan is first with 28.7% (27.0–30.5%), probability of being first 1.00; Germany second with 13.6%',
    );
    expect(id).toContain(
      'Jepang di urutan pertama dengan 28,7% (27,0–30,5%), peluang menjadi yang pertama 1,00',
    );
    expect(id).toContain('<html lang="id">');
    expect(id).toContain('Metodologi');
    expect(en).toContain('<h3>Suppression</h3>');
  });
});

describe('minat report with column flags only', () => {
  it('makes at least the ranking, the comparison by --by and the group × destination heatmap', async () => {
    const out = await mkdtemp(join(tmpdir(), 'minat-report-flags-'));
    try {
      const { code, stdout } = await runCli(
        'report',
        repo('packages/cli/test/fixtures/svyby/stratified.csv'),
        ...['--destination', 'dest', '--weight', 'weight', '--strata', 'province', '--psu', 'regency'],
        ...['--by', 'sex', '--out', out],
      );
      expect(code).toBe(0);
      expect(stdout).toContain('ranking, comparison, heatmap');
      const files = new Set(await readdir(out));
      for (const name of ['ranking', 'comparison', 'heatmap'])
        for (const ext of ['svg', 'png', 'vl.json', 'csv']) expect(files).toContain(`${name}.${ext}`);
      const heat = (await readFile(join(out, 'heatmap.csv'), 'utf8')).split('\n')[0];
      expect(heat?.startsWith('sex,destination,')).toBe(true);
      const html = await readFile(join(out, 'index.html'), 'utf8');
      expect(html.replace(/xmlns(:\w+)?="[^"]*"/g, '')).not.toMatch(/https?:\/\//);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
