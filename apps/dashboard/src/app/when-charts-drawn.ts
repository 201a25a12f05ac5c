/**
 * Resolves once every chart on the page has been drawn by vega-embed (`data-rendered="true"`), checked
 * each frame, or after `timeoutMs` (a chart that fails to draw must not hold back the rest).
 */
export function whenChartsDrawn(timeoutMs = 2000): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const charts = document.querySelectorAll<HTMLElement>('.vega-chart');
      const done = [...charts].every((c) => c.dataset.rendered === 'true');
      if (done || performance.now() - started > timeoutMs) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
