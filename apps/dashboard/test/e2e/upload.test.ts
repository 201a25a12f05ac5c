import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTable } from '@minat/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import expected from '../fixtures/upload/kobo-ranking.json' with { type: 'json' };
import { launchBrowser } from '../helpers/launch-browser.ts';
import { openDashboard, renderedSeq, waitForView } from '../helpers/open-dashboard.ts';
import { tableCells, tableColumns } from '../helpers/table-columns.ts';

// kobo-ranking.json is the CLI's ranking of the KoBoToolbox sample (same bootstrap seed as the dashboard):
//   minat rank data/sample/kobo/survey-2026.csv --schema data/sample/kobo/survey.json \
//     --xlsform data/sample/kobo/form.xlsx --seed 20260212 --format json
// The inferred schema with "strata" set to the province column gives the same file byte for byte.

const repo = (p: string) => fileURLToPath(new URL(`../../../../${p}`, import.meta.url));
const fixture = (name: string) => repo(`apps/dashboard/test/fixtures/upload/${name}`);
const KOBO = {
  survey: repo('data/sample/kobo/survey-2026.csv'),
  form: repo('data/sample/kobo/form.xlsx'),
  schema: repo('data/sample/kobo/survey.json'),
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the dashboard on the sample, then the upload dialog. */
async function openUpload(query = '') {
  const dashboard = await openDashboard(browser, query);
  await dashboard.page.locator('.upload-button').click();
  await dashboard.page.locator('.upload-dialog[data-step=file]').waitFor();
  return dashboard;
}

/** Chooses the files with the dialog's file inputs and reads them (step 1 → 2, or an error). */
async function read(page: Page, files: { survey: string; form?: string; schema?: string }) {
  for (const [slot, path] of Object.entries(files)) await page.setInputFiles(`#upload-file-${slot}`, path);
  await page.locator('.upload-dialog[data-step=file] .upload-actions .primary').click();
  await page.waitForSelector('.upload-dialog[data-step=mapping], [data-testid=upload-error]', {
    timeout: 60_000,
  });
}

/** Step 2 → 3. */
async function validate(page: Page) {
  await page.locator('.upload-dialog[data-step=mapping] .upload-actions .primary').click();
  await page.locator('.upload-dialog[data-step=check]').waitFor({ timeout: 60_000 });
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
const selected = (page: Page, id: string) => page.locator(`#${id}`).inputValue();

/** The ranking's data table as rows of cells, with a column finder. */
async function rankingTable(page: Page) {
  const card = page.locator('[data-chart=ranking]');
  await card.getByRole('button', { name: /Show the data table/ }).click();
  const table = card.locator('table');
  const headers = await tableColumns(table);
  const rows = await tableCells(table);
  const col = (name: string) => headers.indexOf(name);
  return { rows, col };
}

/** The dashboard's ranking equals the CLI's for the KoBo sample, Japan first. */
async function expectKoboRanking(page: Page) {
  const labels = await page.locator('[data-chart=ranking] svg text').allTextContents();
  expect(labels.indexOf('Japan')).toBeGreaterThanOrEqual(0);
  expect(labels.indexOf('Germany')).toBeGreaterThan(labels.indexOf('Japan'));
  const { rows, col } = await rankingTable(page);
  expect(rows.length).toBe(expected.length);
  const num = (s: string) => Number(s.replace(/,/g, ''));
  for (const want of expected) {
    const row = rows.find((r) => r[col('destination')] === want.destination);
    expect(row, want.destination).toBeDefined();
    for (const c of ['estimate', 'se', 'ci_low', 'ci_high', 'p_first'] as const) {
      const v = want[c];
      if (v === null) expect(row![col(c)]).toBe('–');
      else expect(num(row![col(c)]!)).toBeCloseTo(v, 4);
    }
    if (want.rank === null) expect(row![col('rank')]).toBe('–');
    else expect(num(row![col('rank')]!)).toBe(want.rank);
    expect(num(row![col('n_unweighted')]!)).toBe(want.n_unweighted);
  }
  expect(expected.find((r) => r.destination === 'JP')?.rank).toBe(1);
}

describe('uploading a survey', () => {
  it('a malformed CSV: errors with their rows, 60 read = 53 accepted + 7 rejected, the rejected rows as CSV', async () => {
    const { page, foreign, problems, vegaLog } = await openUpload();
    await read(page, { survey: fixture('malformed.csv') });
    await expect(text(page, 'upload-read-summary')).resolves.toContain(
      'malformed.csv: 60 rows and 7 columns read',
    );
    expect(await selected(page, 'map-role-weight')).toBe('weight');
    expect(await selected(page, 'map-role-psu')).toBe('regency');
    expect(await selected(page, 'map-role-province')).toBe('province');
    expect(await selected(page, 'map-dest-kind')).toBe('single');
    expect(await selected(page, 'map-dest-column')).toBe('destination');
    await validate(page);

    // By hand: 60 data rows (file rows 2–61). Rejected: 5 weight "abc", 6 province "Atlantis", 7
    // destination "Narnia", 8 six fields of seven, 9 weight "-2", 11 weight "x1" and province
    // "Atlantis", 61 a quote that never closes. Accepted: 60 − 7 = 53.
    await expect(text(page, 'upload-read')).resolves.toBe('60');
    await expect(text(page, 'upload-accepted')).resolves.toBe('53');
    await expect(text(page, 'upload-rejected')).resolves.toBe('7');
    const listed = await tableCells(page.locator('[data-testid=upload-rejected-rows]'));
    expect(listed.map((r) => r.slice(0, 3))).toEqual([
      ['5', 'weight', 'abc'],
      ['6', 'province', 'Atlantis'],
      ['7', 'destination', 'Narnia'],
      ['8', '(whole row)', ''],
      ['9', 'weight', '-2'],
      ['11', 'weight', 'x1'],
      ['61', '(whole row)', ''],
    ]);
    const reasons = listed.map((r) => r[3]!);
    expect(reasons[0]).toContain('"abc" is not a number');
    expect(reasons[1]).toContain('"Atlantis" is not a known province');
    expect(reasons[2]).toContain('"Narnia" is not a known country');
    expect(reasons[3]).toContain('has 6 fields where the header has 7');
    expect(reasons[4]).toContain('"-2" is negative');
    expect(reasons[5]).toMatch(/"x1" is not a number; province: .*"Atlantis"/);
    expect(reasons[6]).toContain('never closes');
    const issues = page.getByTestId('upload-issues');
    await expect(issues.locator('[data-code=province-unknown-summary]').textContent()).resolves.toBe(
      'Error2×malformed.csv: unknown province "Atlantis" in 2 rows',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download rejected rows (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('malformed-rejected-rows.csv');
    const csv = await readTable({
      name: 'rejected.csv',
      text: readFileSync((await download.path())!, 'utf8'),
    });
    const col = (h: string) => csv.columns[csv.headers.indexOf(h)]!;
    expect(csv.headers).toEqual([
      'file',
      'row',
      'column',
      'value',
      'reason',
      'expected',
      'resp_id',
      'wave',
      'province',
      'regency',
      'weight',
      'sex',
      'destination',
    ]);
    expect(col('row')).toEqual(['5', '6', '7', '8', '9', '11', '61']);
    expect(col('value')).toEqual(['abc', 'Atlantis', 'Narnia', '', '-2', 'x1', '']);
    expect(col('reason')).toEqual(reasons);
    expect(col('resp_id')).toEqual(['R004', 'R005', 'R006', 'R007', 'R008', 'R010', 'R060']);

    const before = await renderedSeq(page);
    await page.getByRole('button', { name: 'Open in the dashboard' }).click();
    await page.locator('.upload-dialog').waitFor({ state: 'detached' });
    await waitForView(page, before);
    await expect(text(page, 'survey-rows')).resolves.toBe('53 of 60 rows accepted (7 rejected)');
    expect(foreign).toEqual([]);
    expect(await vegaLog()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a file that cannot be read (binary, empty) shows a clear error and keeps the survey shown', async () => {
    const { page, foreign, problems } = await openUpload('lang=id');
    await read(page, { survey: fixture('garbage.csv') });
    const error = page.getByTestId('upload-error');
    await expect(error.getAttribute('data-code')).resolves.toBe('format-unknown');
    await expect(error.locator('.upload-error-title').textContent()).resolves.toBe(
      'Berkas ini tidak dapat dibaca oleh Minat',
    );
    await expect(error.locator('.upload-error-message').textContent()).resolves.toContain(
      'garbage.csv is not UTF-8 text',
    );
    await expect(error.locator('[data-field=file] dd').textContent()).resolves.toBe('garbage.csv');
    await expect(error.locator('[data-field=row] dd').textContent()).resolves.toBe('4');

    await read(page, { survey: fixture('empty.csv') });
    await expect(error.getAttribute('data-code')).resolves.toBe('file-empty');
    await expect(error.locator('.upload-error-title').textContent()).resolves.toBe('Berkas kosong');
    await expect(error.locator('.upload-error-message').textContent()).resolves.toContain(
      'empty.csv is empty (0 bytes)',
    );
    await expect(page.locator('.upload-dialog').getAttribute('data-step')).resolves.toBe('file');

    // Escape closes the dialog, focus goes back to the button that opened it, the sample is still shown.
    await page.keyboard.press('Escape');
    await page.locator('.upload-dialog').waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('upload-button');
    await expect(text(page, 'survey-rows')).resolves.toBe('42.641 dari 42.641 baris diterima (0 ditolak)');
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a progress bar while the file is read: bytes of the total and rows so far, then every row', async () => {
    const { page, problems } = await openUpload();
    await page.setInputFiles('#upload-file-survey', repo('data/sample/survey.csv'));
    await page.evaluate(() => {
      const seen: { text: string; position: number }[] = [];
      (window as unknown as { __progress: typeof seen }).__progress = seen;
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid=upload-progress]');
        const bar = p?.querySelector('progress');
        if (p && bar) seen.push({ text: p.textContent ?? '', position: bar.position });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('.upload-dialog[data-step=file] .upload-actions .primary').click();
    await page.locator('.upload-dialog[data-step=mapping]').waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(
      () => (window as unknown as { __progress: { text: string; position: number }[] }).__progress,
    );
    // data/sample/survey.csv: 4,436,186 bytes (4.2 MB), 42,641 data rows, read in chunks of 10,000 rows.
    expect(
      seen.some((p) => p.position > 0 && p.position < 1 && / of 4\.2 MB · \d{2},000 rows$/.test(p.text)),
    ).toBe(true);
    expect(seen.some((p) => p.position === 1 && p.text.endsWith('4.2 MB of 4.2 MB · 42,641 rows'))).toBe(
      true,
    );
    await expect(text(page, 'upload-read-summary')).resolves.toContain(
      'survey.csv: 42,641 rows and 20 columns read',
    );
    expect(problems).toEqual([]);
  });

  it('the dialog keeps keyboard focus inside (Tab and Shift+Tab wrap)', async () => {
    const { page } = await openUpload();
    const inside = () => page.evaluate(() => !!document.activeElement?.closest('.upload-dialog'));
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe(true);
    }
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inside()).toBe(true);
    }
    await expect(page.getByRole('dialog', { name: 'Upload a survey' }).count()).resolves.toBe(1);
  });

  it('the KoBoToolbox sample with its XLSForm and schema: 10,394 read and accepted, the CLI’s ranking', async () => {
    const { page, foreign, problems, vegaLog } = await openUpload();
    await read(page, KOBO);
    await expect(text(page, 'upload-read-summary')).resolves.toContain(
      'survey-2026.csv: 10,394 rows and 67 columns read (CSV)',
    );
    expect(await selected(page, 'map-role-strata')).toBe('province');
    expect(await selected(page, 'map-role-psu')).toBe('regency');
    expect(await selected(page, 'map-dest-kind')).toBe('ranked');
    expect(await selected(page, 'map-dest-column-1')).toBe('dest_1');
    await validate(page);
    await expect(text(page, 'upload-read')).resolves.toBe('10,394');
    await expect(text(page, 'upload-accepted')).resolves.toBe('10,394');
    await expect(text(page, 'upload-rejected')).resolves.toBe('0');
    const before = await renderedSeq(page);
    await page.getByRole('button', { name: 'Open in the dashboard' }).click();
    await waitForView(page, before);
    await expect(text(page, 'survey-rows')).resolves.toBe('10,394 of 10,394 rows accepted (0 rejected)');
    await expect(text(page, 'survey-title')).resolves.toContain('KoBoToolbox export (SYNTHETIC)');
    await expectKoboRanking(page);
    expect(foreign).toEqual([]);
    expect(await vegaLog()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the KoBoToolbox sample with its XLSForm only: the guessed roles, strata set by hand, the same ranking', async () => {
    const { page, foreign, problems, vegaLog } = await openUpload();
    await read(page, { survey: KOBO.survey, form: KOBO.form });
    expect(await selected(page, 'map-role-id')).toBe('resp_id');
    expect(await selected(page, 'map-role-wave')).toBe('wave');
    expect(await selected(page, 'map-role-weight')).toBe('weight');
    expect(await selected(page, 'map-role-psu')).toBe('regency');
    expect(await selected(page, 'map-role-province')).toBe('province');
    expect(await selected(page, 'map-role-strata')).toBe('');
    expect(await selected(page, 'map-dest-kind')).toBe('ranked');
    expect([
      await selected(page, 'map-dest-column-1'),
      await selected(page, 'map-dest-column-2'),
      await selected(page, 'map-dest-column-3'),
    ]).toEqual(['dest_1', 'dest_2', 'dest_3']);
    await page.locator('#map-role-strata').selectOption('province');
    // The JSON box follows the selects after a render: wait for it rather than read it once.
    await expect.poll(() => page.locator('#map-json').inputValue()).toContain('"strata": "province"');
    await validate(page);
    await expect(text(page, 'upload-accepted')).resolves.toBe('10,394');
    const before = await renderedSeq(page);
    await page.getByRole('button', { name: 'Open in the dashboard' }).click();
    await waitForView(page, before);
    await expectKoboRanking(page);
    expect(foreign).toEqual([]);
    expect(await vegaLog()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a design with a single-PSU stratum says it uses the lonely-PSU option "adjust"', async () => {
    const { page, foreign, problems, vegaLog } = await openUpload();
    await read(page, { survey: fixture('lonely.csv') });
    expect(await selected(page, 'map-role-strata')).toBe('strata');
    expect(await selected(page, 'map-role-psu')).toBe('psu');
    await validate(page);
    // lonely.csv: strata 32 and 35 have two PSUs each; stratum 52 has one (5201). 36 rows, all valid.
    await expect(text(page, 'upload-accepted')).resolves.toBe('36');
    await expect(text(page, 'upload-lonely')).resolves.toMatch(/single cluster \(PSU\): 52\. .*"adjust"/);
    const before = await renderedSeq(page);
    await page.getByRole('button', { name: 'Open in the dashboard' }).click();
    await page.locator('.upload-dialog').waitFor({ state: 'detached' });
    await expect(page.locator('.main .note-warning[role=note]').textContent()).resolves.toMatch(
      /single cluster \(PSU\): 52\. .*"adjust"/,
    );
    // The whole view, rank uncertainty included, draws (or an error shows): no error is expected.
    await page.waitForFunction(
      (seq) => {
        const r = window.__minatRendered;
        return (r && r.seq > seq && !r.partial) || document.querySelector('.main .error') !== null;
      },
      before,
      { timeout: 60_000 },
    );
    expect(await page.locator('.main .error').allTextContents()).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await vegaLog()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
