import type { VNode } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DashboardState, defaultState } from '../../../src/state/dashboard-state.ts';
import { CompareControls } from '../../../src/views/controls/CompareControls.tsx';
import { ControlSelect } from '../../../src/views/controls/ControlSelect.tsx';
import { OriginControls } from '../../../src/views/controls/OriginControls.tsx';
import { compareAnalysis } from '../../../src/worker/analyses/compare-analysis.ts';
import { originAnalysis } from '../../../src/worker/analyses/origin-analysis.ts';
import type { SurveyInfo, ViewPayload } from '../../../src/worker/protocol.ts';
import type { SurveySession } from '../../../src/worker/survey-session.ts';
import { contextFor, sampleRequest, sampleSession } from './sample-session.ts';

let session: SurveySession;
let info: SurveyInfo;
beforeAll(async () => {
  session = await sampleSession();
  info = session.info();
});

/** Every element of a rendered tree (components are called, as Preact would). */
function elements(node: unknown): VNode<Record<string, unknown>>[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const vnode = node as VNode<Record<string, unknown>>;
  // A component (Fragment too) places its children itself: walk what it renders.
  const inside =
    typeof vnode.type === 'function'
      ? (vnode.type as (p: unknown) => unknown)(vnode.props)
      : vnode.props['children'];
  return [vnode, ...elements(inside)];
}

const selects = (tree: unknown) =>
  elements(tree).filter((e) => (e.type as unknown) === ControlSelect) as unknown as VNode<{
    id: string;
    value: string;
    options: [string, string][];
    onChange: (v: string) => void;
  }>[];

const payloadOf = (view: 'origin' | 'compare', state: DashboardState): ViewPayload => ({
  view,
  ...(view === 'origin' ? originAnalysis : compareAnalysis).fast(
    contextFor(session, sampleRequest(view, state)),
  ),
  partial: false,
  ms: 0,
});

describe('OriginControls', () => {
  it('offers the leading destination and every destination in scope by name; a choice writes state.destination', () => {
    const state = { ...defaultState('en'), view: 'origin' as const };
    let next: DashboardState | undefined;
    const tree = OriginControls({
      state,
      info,
      onChange: (s) => (next = s),
      payload: payloadOf('origin', state),
    });
    const [select] = selects(tree);
    expect(select!.props.id).toBe('origin-destination');
    expect(select!.props.value).toBe('');
    const options = select!.props.options;
    expect(options[0]).toEqual(['', 'Leading destination']);
    expect(options).toContainEqual(['DE', 'Germany']);
    expect(options).toContainEqual(['JP', 'Japan']);
    const names = options.slice(1).map((o) => o[1]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    select!.props.onChange('DE');
    expect(next!.destination).toBe('DE');
  });

  it('renders nothing before the view has its payload', () => {
    expect(OriginControls({ state: defaultState('en'), info, onChange: () => {} })).toBeNull();
  });
});

describe('CompareControls', () => {
  it('groups mode: a labelled radio pair and the grouping, reference and compared selects with the defaults', () => {
    const state = { ...defaultState('id'), view: 'compare' as const };
    const tree = CompareControls({ state, info, onChange: () => {} });
    const radios = elements(tree).filter((e) => e.type === 'input' && e.props['type'] === 'radio');
    expect(radios.map((r) => [r.props['value'], r.props['checked']])).toEqual([
      ['groups', true],
      ['waves', false],
    ]);
    expect(elements(tree).some((e) => e.type === 'legend')).toBe(true);
    expect(selects(tree).map((s) => [s.props.id, s.props.value])).toEqual([
      ['compare-by', 'sex'],
      ['compare-a', 'M'],
      ['compare-b', 'F'],
    ]);
    expect(selects(tree)[1]!.props.options).toEqual([
      ['M', 'Laki-laki'],
      ['F', 'Perempuan'],
    ]);
  });

  it('a new grouping resets the levels; the waves radio switches mode with the previous and latest wave', () => {
    const state = { ...defaultState('en'), view: 'compare' as const };
    let next: DashboardState | undefined;
    const onChange = (s: DashboardState) => (next = s);
    selects(CompareControls({ state, info, onChange }))[0]!.props.onChange('education');
    expect(next!.compare).toEqual({ mode: 'groups', by: 'education', a: '', b: '' });
    const radios = elements(CompareControls({ state, info, onChange })).filter((e) => e.type === 'input');
    (radios[1]!.props['onChange'] as () => void)();
    expect(next!.compare.mode).toBe('waves');
    const waves = selects(CompareControls({ state: next!, info, onChange }));
    expect(waves.map((s) => [s.props.id, s.props.value])).toEqual([
      ['compare-a', '2025'],
      ['compare-b', '2026'],
    ]);
  });
});
