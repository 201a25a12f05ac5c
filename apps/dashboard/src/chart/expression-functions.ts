import { ascending, isString } from 'vega-util';

// The expression language's constants, operators and view-free functions, as vega-interpreter
// (BSD-3-Clause, the Vega project) defines them, for the expression compiler.

/** The constants of Vega's expression language (vega-interpreter's). */
export const CONSTANTS: Record<string, number> = {
  NaN: Number.NaN,
  E: Math.E,
  LN2: Math.LN2,
  LN10: Math.LN10,
  LOG2E: Math.LOG2E,
  LOG10E: Math.LOG10E,
  PI: Math.PI,
  SQRT1_2: Math.SQRT1_2,
  SQRT2: Math.SQRT2,
  MIN_VALUE: Number.MIN_VALUE,
  MAX_VALUE: Number.MAX_VALUE,
};

type Binary = (a: never, b: never) => unknown;
/** An operator of the expression language, as the compiler calls it. */
export type Op = (a: unknown, b?: unknown) => unknown;
/** The binary operators (vega-interpreter's). */
export const OPS: Record<string, Binary> = {
  '*': (a: number, b: number) => a * b,
  '+': (a: number, b: number) => a + b,
  '-': (a: number, b: number) => a - b,
  '/': (a: number, b: number) => a / b,
  '%': (a: number, b: number) => a % b,
  '>': (a: number, b: number) => a > b,
  '<': (a: number, b: number) => a < b,
  '<=': (a: number, b: number) => a <= b,
  '>=': (a: number, b: number) => a >= b,
  // biome-ignore lint/suspicious/noDoubleEquals: the expression language's loose equality
  '==': (a: unknown, b: unknown) => a == b,
  // biome-ignore lint/suspicious/noDoubleEquals: the expression language's loose inequality
  '!=': (a: unknown, b: unknown) => a != b,
  '===': (a: unknown, b: unknown) => a === b,
  '!==': (a: unknown, b: unknown) => a !== b,
  '&': (a: number, b: number) => a & b,
  '|': (a: number, b: number) => a | b,
  '^': (a: number, b: number) => a ^ b,
  '<<': (a: number, b: number) => a << b,
  '>>': (a: number, b: number) => a >> b,
  '>>>': (a: number, b: number) => a >>> b,
};

/** The unary operators (vega-interpreter's). */
export const UNARY: Record<string, (a: never) => unknown> = {
  '+': (a: number) => +a,
  '-': (a: number) => -a,
  '~': (a: number) => ~a,
  '!': (a: unknown) => !a,
};

const apply = (method: string, args: unknown[], cast?: (x: unknown) => unknown) => {
  const obj = (cast ? cast(args[0]) : args[0]) as Record<string, (...a: unknown[]) => unknown>;
  return obj[method]!(...args.slice(1));
};
const datetime = (yearOrTimestring: number | string, m = 0, d = 1, H = 0, M = 0, S = 0, ms = 0) =>
  isString(yearOrTimestring) ? new Date(yearOrTimestring) : new Date(yearOrTimestring, m, d, H, M, S, ms);
const dateOf = (d: unknown) => new Date(d as number);

/** The expression functions that need no view (vega-interpreter's `Functions`). */
export const FUNCTIONS: Record<string, unknown> = {
  isNaN: Number.isNaN,
  isFinite: Number.isFinite,
  abs: Math.abs,
  acos: Math.acos,
  asin: Math.asin,
  atan: Math.atan,
  atan2: Math.atan2,
  ceil: Math.ceil,
  cos: Math.cos,
  exp: Math.exp,
  floor: Math.floor,
  hypot: Math.hypot,
  log: Math.log,
  max: Math.max,
  min: Math.min,
  pow: Math.pow,
  random: Math.random,
  round: Math.round,
  sin: Math.sin,
  sqrt: Math.sqrt,
  tan: Math.tan,
  clamp: (a: number, b: number, c: number) => Math.max(b, Math.min(c, a)),
  now: Date.now,
  utc: Date.UTC,
  datetime,
  date: (d: unknown) => dateOf(d).getDate(),
  day: (d: unknown) => dateOf(d).getDay(),
  year: (d: unknown) => dateOf(d).getFullYear(),
  month: (d: unknown) => dateOf(d).getMonth(),
  hours: (d: unknown) => dateOf(d).getHours(),
  minutes: (d: unknown) => dateOf(d).getMinutes(),
  seconds: (d: unknown) => dateOf(d).getSeconds(),
  milliseconds: (d: unknown) => dateOf(d).getMilliseconds(),
  time: (d: unknown) => dateOf(d).getTime(),
  timezoneoffset: (d: unknown) => dateOf(d).getTimezoneOffset(),
  utcdate: (d: unknown) => dateOf(d).getUTCDate(),
  utcday: (d: unknown) => dateOf(d).getUTCDay(),
  utcyear: (d: unknown) => dateOf(d).getUTCFullYear(),
  utcmonth: (d: unknown) => dateOf(d).getUTCMonth(),
  utchours: (d: unknown) => dateOf(d).getUTCHours(),
  utcminutes: (d: unknown) => dateOf(d).getUTCMinutes(),
  utcseconds: (d: unknown) => dateOf(d).getUTCSeconds(),
  utcmilliseconds: (d: unknown) => dateOf(d).getUTCMilliseconds(),
  length: (x: { length: number }) => x.length,
  join: (...args: unknown[]) => apply('join', args),
  indexof: (...args: unknown[]) => apply('indexOf', args),
  lastindexof: (...args: unknown[]) => apply('lastIndexOf', args),
  slice: (...args: unknown[]) => apply('slice', args),
  reverse: (x: unknown[]) => x.slice().reverse(),
  sort: (x: unknown[]) => x.slice().sort(ascending as (a: unknown, b: unknown) => number),
  parseFloat,
  parseInt,
  upper: (x: unknown) => String(x).toUpperCase(),
  lower: (x: unknown) => String(x).toLowerCase(),
  substring: (...args: unknown[]) => apply('substring', args, String),
  split: (...args: unknown[]) => apply('split', args, String),
  replace: (...args: unknown[]) => apply('replace', args, String),
  trim: (x: unknown) => String(x).trim(),
  btoa: (x: string) => btoa(x),
  atob: (x: string) => atob(x),
  encodeURIComponent: (x: string) => encodeURIComponent(x),
  regexp: RegExp,
  test: (r: string | RegExp, t: string) => RegExp(r).test(t),
};
