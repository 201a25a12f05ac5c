import { assessBps } from './assess-bps.ts';
import { assessMinN } from './assess-min-n.ts';
import { assessNchs } from './assess-nchs.ts';
import type {
  ReliabilityStandard,
  ReliabilityStandardDefinition,
  ReliabilityThresholds,
  ThresholdParameter,
} from './reliability-types.ts';

const minDf: ThresholdParameter = {
  kind: 'number',
  min: 0,
  description: {
    en: 'flag df-low when the design degrees of freedom are below this',
    id: 'tandai df-low bila derajat bebas desain di bawah nilai ini',
  },
};

/**
 * The reliability standards, in the order help texts list them; `nchs` is the default. Validation
 * ({@link normalizeReliability}), CLI help and docs read this registry; {@link applyReliability} turns an
 * assessment into flags (`unreliable:<standard>`, `caution:<standard>`, `review`, `df-low`,
 * `complement-footnote`).
 * @example reliabilityStandards.bps.assess({ estimate: 0.1, se: 0.06, n_unweighted: 80, df: 20 }, reliabilityStandards.bps.defaults)
 * // { level: 'unreliable', reasons: ['rse-unreliable'] }
 */
export const reliabilityStandards: {
  [K in ReliabilityStandard]: ReliabilityStandardDefinition<ReliabilityThresholds[K]>;
} = {
  nchs: {
    label: { en: 'NCHS 2017 (proportions)', id: 'NCHS 2017 (proporsi)' },
    description: {
      en: 'NCHS Data Presentation Standards for Proportions (Parker et al. 2017): effective sample size, Korn–Graubard CI width and relative width; review when df < 8 or the share is 0 or 100%',
      id: 'Standar Penyajian Data NCHS untuk Proporsi (Parker dkk. 2017): ukuran sampel efektif, lebar dan lebar relatif SK Korn–Graubard; ditinjau bila df < 8 atau pangsa 0 atau 100%',
    },
    defaults: {
      minNEff: 30,
      maxCiw: 0.3,
      narrowCiw: 0.05,
      maxRciw: 1.3,
      minDf: 8,
      zeroRule: 'review',
      dfAdjust: true,
    },
    parameters: {
      minNEff: {
        kind: 'number',
        min: 0,
        description: {
          en: 'unreliable when the effective sample size is below this',
          id: 'tidak andal bila ukuran sampel efektif di bawah nilai ini',
        },
      },
      maxCiw: {
        kind: 'number',
        min: 0,
        max: 1,
        description: {
          en: 'unreliable when the confidence-interval width is at least this',
          id: 'tidak andal bila lebar selang kepercayaan paling sedikit nilai ini',
        },
      },
      narrowCiw: {
        kind: 'number',
        min: 0,
        max: 1,
        description: {
          en: 'an interval at most this wide is presented without the relative-width test',
          id: 'selang yang lebarnya paling banyak nilai ini disajikan tanpa uji lebar relatif',
        },
      },
      maxRciw: {
        kind: 'number',
        min: 0,
        description: {
          en: 'unreliable when the interval width divided by the estimate is above this',
          id: 'tidak andal bila lebar selang dibagi estimasi di atas nilai ini',
        },
      },
      minDf: {
        ...minDf,
        description: {
          en: 'review (and flag df-low) when the design degrees of freedom are below this',
          id: 'tinjau (dan tandai df-low) bila derajat bebas desain di bawah nilai ini',
        },
      },
      zeroRule: {
        kind: 'choice',
        values: ['review', 'suppress'],
        description: {
          en: 'a 0% share with a wide interval: review (NCHS SAS macro) or treat as unreliable (surveytable)',
          id: 'pangsa 0% dengan selang lebar: tinjau (makro SAS NCHS) atau anggap tidak andal (surveytable)',
        },
      },
      dfAdjust: {
        kind: 'boolean',
        description: {
          en: 'adjust the effective sample size for the design degrees of freedom',
          id: 'sesuaikan ukuran sampel efektif dengan derajat bebas desain',
        },
      },
    },
    check: (t) =>
      t.narrowCiw <= t.maxCiw
        ? undefined
        : { problem: `narrowCiw ${t.narrowCiw} is above maxCiw ${t.maxCiw}`, expected: 'narrowCiw ≤ maxCiw' },
    assess: assessNchs,
  },
  bps: {
    label: { en: 'BPS relative standard error', id: 'Galat baku relatif BPS' },
    description: {
      en: 'Relative standard error (SE / estimate): up to 25% usable, above 25% up to 50% use with caution, above 50% unreliable; a 0% share is reviewed',
      id: 'Galat baku relatif (SE / estimasi): sampai 25% dapat dipakai, di atas 25% sampai 50% dipakai dengan hati-hati, di atas 50% tidak andal; pangsa 0% ditinjau',
    },
    defaults: { maxUsable: 0.25, maxCaution: 0.5, minDf: 8 },
    parameters: {
      maxUsable: {
        kind: 'number',
        min: 0,
        description: {
          en: 'a relative standard error at most this is usable',
          id: 'galat baku relatif paling banyak nilai ini dapat dipakai',
        },
      },
      maxCaution: {
        kind: 'number',
        min: 0,
        description: {
          en: 'a relative standard error above this is unreliable; between the two, use with caution',
          id: 'galat baku relatif di atas nilai ini tidak andal; di antara keduanya, pakai dengan hati-hati',
        },
      },
      minDf,
    },
    check: (t) =>
      t.maxUsable <= t.maxCaution
        ? undefined
        : {
            problem: `maxUsable ${t.maxUsable} is above maxCaution ${t.maxCaution}`,
            expected: 'maxUsable ≤ maxCaution',
          },
    assess: assessBps,
  },
  'min-n': {
    label: { en: 'Minimum sample size', id: 'Ukuran sampel minimum' },
    description: {
      en: 'Unreliable when the unweighted base of the share has fewer respondents than the minimum (30 by default)',
      id: 'Tidak andal bila dasar pangsa tanpa bobot kurang dari batas minimum responden (bawaan 30)',
    },
    defaults: { minN: 30, minDf: 8 },
    parameters: {
      minN: {
        kind: 'number',
        min: 0,
        integer: true,
        description: {
          en: 'unreliable when the unweighted base is below this',
          id: 'tidak andal bila dasar tanpa bobot di bawah nilai ini',
        },
      },
      minDf,
    },
    assess: assessMinN,
  },
};
