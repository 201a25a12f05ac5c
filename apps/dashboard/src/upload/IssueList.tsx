import type { Issue, Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const SHOWN = 50;

/** Props of {@link IssueList}. */
export interface IssueListProps {
  lang: Lang;
  issues: readonly Issue[];
  title: string;
  testId: string;
}

/**
 * Diagnostics of the reader, the validation and the design: errors first, then warnings, then
 * notes, each with its level and, when it summarises several rows or values, their count.
 */
export function IssueList({ lang, issues, title, testId }: IssueListProps) {
  if (issues.length === 0) return null;
  const sorted = [...issues].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  return (
    <section class="issue-list" data-testid={testId} aria-label={title}>
      <h4>{title}</h4>
      <ul>
        {sorted.slice(0, SHOWN).map((issue, i) => (
          <li key={i} class={`issue issue-${issue.level}`} data-code={issue.code}>
            <span class="issue-level">{t(lang, `upload.level.${issue.level}`)}</span>
            {issue.count !== undefined && (
              <span class="issue-count">{t(lang, 'upload.issue.count', { count: issue.count })}</span>
            )}
            <span class="issue-message">{issue.message}</span>
          </li>
        ))}
      </ul>
      {sorted.length > SHOWN && (
        <p class="field-hint">{t(lang, 'upload.issue.more', { count: sorted.length - SHOWN })}</p>
      )}
    </section>
  );
}
