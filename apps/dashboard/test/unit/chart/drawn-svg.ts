import * as vega from 'vega';

/** A logger for vega-lite and vega that keeps what it is told. */
export function collectingLogger() {
  const messages: string[] = [];
  const logger = {
    messages,
    level: () => logger,
    warn: (...a: unknown[]) => {
      messages.push(a.join(' '));
      return logger;
    },
    error: (...a: unknown[]) => {
      messages.push(a.join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * A Vega view's SVG, comparable across views: the ids Vega numbers per process (clip paths,
 * gradients) made equal, and numbers with more than six decimals rounded to six (a live view may
 * reach the same value by another order of floating-point steps, differing in the 16th digit).
 */
export async function drawnSvg(view: vega.View): Promise<string> {
  return (await view.toSVG())
    .replace(/clip\d+/g, 'clip')
    .replace(/gradient_\d+/g, 'gradient')
    .replace(/\d+\.\d{7,}/g, (m) => Number(m).toFixed(6));
}

/** The SVG of a Vega spec drawn by a new headless view. */
export async function svgOf(spec: Record<string, unknown>): Promise<string> {
  const logger = collectingLogger();
  const view = new vega.View(vega.parse(spec), { renderer: 'none', logger: logger as never });
  const svg = await drawnSvg(view);
  view.finalize();
  if (logger.messages.length > 0) throw new Error(`vega: ${logger.messages.join('; ')}`);
  return svg;
}

/**
 * An SVG as what it draws: its elements in order, except inside axes, whose ticks, labels and grid
 * lines do not overlap, so their order does not show (a live view appends new ticks after the ones it
 * kept).
 */
export function drawing(svg: string): { marks: string[]; axes: string[] } {
  const marks: string[] = [];
  const axes: string[] = [];
  let role = '';
  for (const line of svg.replace(/></g, '>\n<').split('\n')) {
    const m = /class="mark-\w+ (role-[\w-]+)/.exec(line);
    if (m) role = m[1]!;
    (role.startsWith('role-axis') ? axes : marks).push(line);
  }
  return { marks, axes: axes.sort() };
}
