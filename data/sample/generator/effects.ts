/** Utility multipliers by destination code (1 = no effect). */
export type Multipliers = Record<string, number>;

const KALIMANTAN: Multipliers = { MY: 2.2, BN: 2.5 };
const PAPUA: Multipliers = { PG: 8, AU: 1.8, JP: 0.8 };
const SULAWESI: Multipliers = { MY: 1.4 };

/**
 * The effects of the preference model, as utility multipliers (log-linear, so they multiply). They shape
 * the SYNTHETIC data after SOURCES.md §3–5; they are not estimates from any real survey.
 * - `female`: women vs men (men = 1): women lean to Hong Kong and Taiwan, men to Korea and (slightly) Japan.
 * - `education` (SD, SMP, SMA, SMK, D3, S1): SMK graduates lean clearly to Japan; graduates to Germany,
 *   Australia, the UK…; little schooling to Malaysia and Saudi Arabia.
 * - `age` (18–24 … 45+): the young to Japan, Korea, Germany; Korea's EPS stops at 39.
 * - `workedAbroad`: returning migrants go back where they were.
 * - `occupation` (in OCCUPATION_CODES order): domestic work to Hong Kong, care to Germany/Taiwan/Japan…
 * - `province` (BPS code): Lampung's kelas migran (Japan), NTB (Malaysia, Saudi Arabia), Jawa Timur
 *   (Hong Kong, Taiwan), Bali (hospitality destinations), Kalimantan (Malaysia, Brunei), Papua (PNG)…
 *
 * @example
 * ```ts
 * EFFECTS.province['18']?.JP; // 2
 * ```
 */
// biome-ignore format: compact tables
export const EFFECTS: {
  female: Multipliers;
  education: Multipliers[];
  age: Multipliers[];
  workedAbroad: Multipliers;
  occupation: Multipliers[];
  province: Record<string, Multipliers>;
} = {
  female: {
    HK: 3, TW: 1.8, SG: 1.5, SA: 1.6, AE: 1.2, KW: 1.5, OM: 1.3, BH: 1.2, JO: 1.5, BN: 1.3, MO: 1.8,
    IT: 1.6, DE: 1.15, KR: 0.35, JP: 0.8, AU: 0.8, NZ: 0.7, PL: 0.5, HU: 0.5, RO: 0.4, SK: 0.5, CZ: 0.5,
    ES: 0.5, PG: 0.3, ZM: 0.4, US: 0.9, MV: 0.7,
  },
  education: [
    { MY: 1.7, SA: 1.8, AE: 1.3, QA: 1.2, KW: 1.6, OM: 1.5, BN: 1.4, HK: 1.3, TW: 1.4, JP: 0.55, DE: 0.35,
      KR: 0.5, AU: 0.5, GB: 0.4, US: 0.5, CA: 0.5, NZ: 0.5, NL: 0.4 },
    { MY: 1.25, SA: 1.3, HK: 1.2, TW: 1.25, JP: 0.85, DE: 0.6, AU: 0.7, GB: 0.6, US: 0.7, CA: 0.7, NL: 0.6 },
    {},
    { JP: 1.8, KR: 1.3, DE: 1.1, TW: 0.9, HK: 0.75, SA: 0.7, MY: 0.85 },
    { DE: 1.8, JP: 1.15, AU: 1.6, GB: 1.8, NL: 1.8, US: 1.5, CA: 1.6, NZ: 1.5, HK: 0.5, MY: 0.6, SA: 0.5,
      TW: 0.7, SG: 1.2 },
    { DE: 2, AU: 2, GB: 2.3, NL: 2.2, US: 2, CA: 2, NZ: 1.7, FR: 1.8, HK: 0.35, MY: 0.5, SA: 0.45, TW: 0.55,
      SG: 1.3, KR: 0.8 },
  ],
  age: [
    { JP: 1.3, KR: 1.25, DE: 1.2, AU: 1.2, SA: 0.6, HK: 0.8, MY: 0.85 },
    { JP: 1.1, KR: 1.15 },
    {},
    { KR: 0.8, JP: 0.85, HK: 1.15, SA: 1.3, MY: 1.1 },
    { KR: 0.2, JP: 0.6, DE: 0.7, HK: 1.3, SA: 1.6, MY: 1.3, TW: 1.15 },
    { KR: 0.1, JP: 0.45, DE: 0.55, HK: 1.35, SA: 1.9, MY: 1.4, TW: 1.2, AU: 0.7 },
  ],
  workedAbroad: { HK: 1.5, TW: 1.5, MY: 1.5, SA: 1.8, AE: 1.4, SG: 1.4, BN: 1.3, KR: 1.2, JP: 0.85, DE: 0.75 },
  occupation: [
    { HK: 2.2, TW: 1.4, SG: 1.8, SA: 1.6, MY: 1.3, KW: 1.5, BN: 1.3, MO: 1.5, JP: 0.55, DE: 0.45, KR: 0.4,
      AU: 0.6 },
    { TW: 1.7, JP: 1.5, DE: 2, HK: 1.2, NL: 1.5, GB: 1.4, SG: 1.2, KR: 0.5, MY: 0.6 },
    { KR: 2, JP: 1.3, TW: 1.3, MY: 1.1, PL: 2.2, HU: 2.2, SK: 2.2, CZ: 2.2, HK: 0.4, SA: 0.5 },
    { MY: 1.8, JP: 1.2, KR: 1.4, RO: 2.5, SA: 1.4, QA: 1.6, AE: 1.4, BN: 1.4, HK: 0.3, TW: 0.6 },
    { KR: 1.6, TW: 1.5, MY: 1.7, AU: 1.8, NZ: 2, ES: 2.5, JP: 1.2, HK: 0.3, PG: 1.5 },
    { JP: 1.3, AE: 1.8, QA: 1.6, MV: 3.5, TR: 2.5, AU: 1.5, US: 2, HK: 0.5, TW: 0.6 },
    { GB: 1.3, NL: 1.3, US: 1.3, AU: 1.2 },
  ],
  province: {
    '18': { JP: 2, KR: 1.2, HK: 0.8 },
    '52': { MY: 2.3, SA: 2.2, AE: 1.3, QA: 1.3, KW: 1.5, JP: 0.7, DE: 0.6, HK: 0.7 },
    '35': { HK: 2.4, TW: 2, SG: 1.1, SA: 0.8, DE: 0.85 },
    '33': { TW: 1.3, KR: 1.3, JP: 1.15, HK: 1.1 },
    '32': { SA: 1.5, AE: 1.4, QA: 1.3, KW: 1.3, TW: 1.15, JP: 1.05 },
    '12': { MY: 1.9, KR: 1.1, SG: 1.2, DE: 1.1 },
    '51': { JP: 1.3, AU: 2.2, US: 2.5, TR: 2, MV: 4, AE: 1.5, NZ: 1.6, HK: 0.5, MY: 0.5, SA: 0.4, TW: 0.6 },
    '36': { SA: 1.3, MY: 1.1 },
    '16': { MY: 1.3 },
    '73': { MY: 1.8, SA: 1.3 },
    '31': { DE: 1.3, AU: 1.4, GB: 1.5, US: 1.3, NL: 1.4, SG: 1.3, HK: 0.7, MY: 0.7, SA: 0.7 },
    '34': { JP: 1.4, DE: 1.5, NL: 1.5, AU: 1.3 },
    '53': { MY: 2.5, HK: 0.6, TW: 0.7 },
    '11': { MY: 1.8, SA: 1.3 },
    '14': { MY: 1.8, SG: 2.2 },
    '21': { MY: 1.8, SG: 2.2 },
    '61': KALIMANTAN, '62': KALIMANTAN, '63': KALIMANTAN, '64': KALIMANTAN, '65': KALIMANTAN,
    '71': { MY: 1.4, JP: 1.3, US: 1.3 }, '72': SULAWESI, '74': SULAWESI, '75': SULAWESI, '76': SULAWESI,
    '81': { AU: 1.3, MY: 1.2 }, '82': { AU: 1.3, MY: 1.2 },
    '91': PAPUA, '92': PAPUA, '94': PAPUA, '95': PAPUA, '96': PAPUA, '97': PAPUA,
  },
};
