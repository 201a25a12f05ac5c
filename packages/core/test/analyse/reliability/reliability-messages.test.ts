import { describe, expect, it } from 'vitest';
import { reliabilityMessage } from '../../../src/analyse/reliability/reliability-message.ts';
import { reliabilityMessages } from '../../../src/analyse/reliability/reliability-messages.ts';
import { reliabilityStandards } from '../../../src/analyse/reliability/reliability-standards.ts';

describe('reliabilityMessages', () => {
  const params = {
    ...reliabilityStandards.nchs.defaults,
    ...reliabilityStandards.bps.defaults,
    ...reliabilityStandards['min-n'].defaults,
    standard: 'nchs',
    numerator: 5,
    denominator: 30,
    range: '1–4',
    count: 3,
    reasons: 'r',
  };

  it('has an English and a different Indonesian text for every code, reading only params it is given', () => {
    const read = new Set<string>();
    const watched = new Proxy(params as Record<string, unknown>, {
      get: (target, key) => {
        read.add(String(key));
        return target[String(key)];
      },
    });
    for (const [code, t] of Object.entries(reliabilityMessages)) {
      expect(t.en(watched as never).length, code).toBeGreaterThan(0);
      expect(t.id(watched as never), code).not.toBe(t.en(watched as never));
    }
    for (const key of read) expect(Object.hasOwn(params, key), key).toBe(true);
  });

  it('has a text for every reason an assessment can give', () => {
    const reasons = [
      'n-eff',
      'ciw',
      'rciw',
      'rciw-undefined',
      'boundary',
      'df-low',
      'complement-footnote',
      'rse-caution',
      'rse-unreliable',
      'rse-undefined',
      'n',
    ];
    for (const r of reasons) expect(Object.hasOwn(reliabilityMessages, `reliability-${r}`), r).toBe(true);
  });

  it('reliabilityMessage fills thresholds as people read them (0.30 → 30 percentage points, 1.3 → 130%)', () => {
    const t = reliabilityStandards.nchs.defaults;
    expect(reliabilityMessage('reliability-ciw', t)).toBe(
      'confidence interval 30 percentage points wide or wider',
    );
    expect(reliabilityMessage('reliability-rciw', t, 'id')).toBe(
      'selang kepercayaan lebih lebar dari 130% estimasi',
    );
    expect(reliabilityMessage('reliability-rse-caution', reliabilityStandards.bps.defaults)).toBe(
      'relative standard error above 25%, up to 50%',
    );
    expect(reliabilityMessage('no-such-code')).toBe('no-such-code');
  });
});
