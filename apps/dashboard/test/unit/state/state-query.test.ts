import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/dashboard-state.ts';
import { queryToState, stateToQuery } from '../../../src/state/state-query.ts';

describe('state in the URL', () => {
  it('writes only what differs from the defaults, and reads it back unchanged', () => {
    const state = defaultState('id');
    state.view = 'compare';
    state.filters = { wave: ['2026'], sex: ['F'], province: ['35', '52'] };
    state.settings = {
      ...state.settings,
      weights: false,
      ci: 'beta',
      level: 0.9,
      reliability: 'min-n',
      thresholds: { minN: '50' },
      minCell: 3,
      base: 'all',
      measure: 'any',
      destinations: 'un-region',
    };
    state.compare = { mode: 'waves', by: '', a: '2025', b: '2026' };
    state.destination = 'DE';
    state.sort = 'estimate';
    state.desc = true;
    const query = stateToQuery(state);
    expect(query).toBe(
      'view=compare&lang=id&f.province=35%2C52&f.sex=F&f.wave=2026&weights=0&ci=beta&level=0.9&rel=min-n&th.minN=50&mincell=3&base=all&measure=any&dest=un-region&cmp=waves&a=2025&b=2026&map=DE&sort=-estimate',
    );
    expect(queryToState(query, 'en')).toEqual(state);
    expect(stateToQuery(defaultState('en'))).toBe('view=ranking&lang=en');
  });

  it('falls back to the defaults for values a hand-edited link gets wrong, never breaking the page', () => {
    const state = queryToState(
      'view=nope&lang=fr&ci=wald9&level=0.5&rel=x&minn=-3&mincell=abc&base=none&measure=sum&dest=planet&cmp=x',
      'id',
    );
    expect(state).toEqual(defaultState('id'));
  });

  it('takes the language from the link before the browser', () => {
    expect(queryToState('lang=en', 'id').lang).toBe('en');
    expect(queryToState('', 'id').lang).toBe('id');
  });

  it('reads filters as sets of codes, ignoring empty ones', () => {
    expect(queryToState('f.sex=F,F,&f.=x&f.age_group=', 'en').filters).toEqual({ sex: ['F'] });
  });
});
