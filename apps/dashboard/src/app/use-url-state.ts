import { useCallback, useEffect, useState } from 'preact/hooks';
import { browserLang } from '../state/browser-lang.ts';
import type { DashboardState } from '../state/dashboard-state.ts';
import { queryToState, stateToQuery } from '../state/state-query.ts';

/** How a state change enters the browser history: a new entry (back returns to it) or in place. */
export type HistoryMode = 'push' | 'replace';

/**
 * The dashboard state, held in the URL: read from it on load, written to it on every change (a new
 * history entry, so back and forward step through views and filters), and read again on back/forward.
 */
export function useUrlState(): [DashboardState, (next: DashboardState, mode?: HistoryMode) => void] {
  const fallback = browserLang(navigator.languages ?? [navigator.language]);
  const [state, setState] = useState(() => queryToState(location.search, fallback));
  useEffect(() => {
    const onPop = () => setState(queryToState(location.search, fallback));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [fallback]);
  const update = useCallback((next: DashboardState, mode: HistoryMode = 'push') => {
    const url = `${location.pathname}?${stateToQuery(next)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    setState(next);
  }, []);
  return [state, update];
}
