import { describe, expect, it } from 'vitest';
import { PROGRESSIVE_VIEWS, VIEW_NAMES } from '../../../src/state/dashboard-state.ts';
import { viewAnalyses } from '../../../src/worker/analyses/view-analyses.ts';

describe('PROGRESSIVE_VIEWS', () => {
  it('lists exactly the views whose analysis has a slow part (the page asks the second worker for those)', () => {
    expect([...PROGRESSIVE_VIEWS].sort()).toEqual(VIEW_NAMES.filter((v) => viewAnalyses[v].full).sort());
  });
});
