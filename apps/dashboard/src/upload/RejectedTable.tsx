import type { Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';
import type { RejectedRowInfo } from '../worker/protocol.ts';

const SHOWN = 50;

/** Props of {@link RejectedTable}. */
export interface RejectedTableProps {
  lang: Lang;
  rows: readonly RejectedRowInfo[];
  /** Every rejected row (the table lists the first ones; the CSV download has them all). */
  total: number;
}

/** The first rejected rows: row number as a spreadsheet shows it, column, value and every reason. */
export function RejectedTable({ lang, rows, total }: RejectedTableProps) {
  const shown = rows.slice(0, SHOWN);
  return (
    <div class="table-scroll rejected-scroll">
      <table class="data-table rejected-table" data-testid="upload-rejected-rows">
        <caption>
          {shown.length < total
            ? t(lang, 'upload.rejected.captionSome', { shown: shown.length, total })
            : t(lang, 'upload.rejected.caption', { total })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'upload.rejected.row')}</th>
            <th scope="col">{t(lang, 'upload.rejected.column')}</th>
            <th scope="col">{t(lang, 'upload.rejected.value')}</th>
            <th scope="col">{t(lang, 'upload.rejected.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.row}>
              <td class="num">{String(r.row)}</td>
              <td>{r.column === '(row)' ? t(lang, 'upload.rejected.wholeRow') : r.column}</td>
              <td>
                <code>{r.value}</code>
              </td>
              <td class="reason">{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
