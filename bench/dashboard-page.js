// Injected into the dashboard page by bench/dashboard.ts (page.addInitScript): measurement hooks that
// run in the page itself, so the figures do not include the round trips of the benchmark driver.
// Plain browser JavaScript (no build step), defines `window.__bench`.
(() => {
  const now = () => performance.now();

  // --- Frames: is the main thread free while a survey loads? -------------------------------------
  const frames = {
    on: false,
    count: 0,
    last: 0,
    maxGap: 0,
    gaps: [],
    progress: new Set(),
    movedAt: 0,
    started: 0,
  };
  const tick = (t) => {
    if (!frames.on) return;
    if (frames.last) {
      const gap = t - frames.last;
      frames.gaps.push(gap);
      if (gap > frames.maxGap) frames.maxGap = gap;
    }
    frames.last = t;
    frames.count++;
    // What the progress display shows (bar value, row count, stage text), and when it last changed.
    const shown = document.querySelector('.load-progress');
    if (shown) {
      const bar = shown.querySelector('progress');
      const state = `${bar?.getAttribute('value') ?? ''}|${shown.textContent ?? ''}`;
      if (!frames.progress.has(state)) {
        frames.progress.add(state);
        frames.movedAt = now();
      }
    }
    requestAnimationFrame(tick);
  };

  // --- Renders: from a filter change to the view drawn (fast part, then the bootstrap part) -------
  // Per part: `sentAt` the request left (`__minatRendered` is set when the payload is committed, with
  // `ms` since the request was sent), `arriveAt` the payload's message reached the page (`compute`: the
  // worker's own ms, in the payload), `at` the payload committed and every chart drawn, `paintAt` the
  // next frame painted (what the user sees).
  const fresh = () => ({ sentAt: 0, arriveAt: 0, compute: 0, firstAt: 0, at: 0, paintAt: 0 });
  const watch = { changeAt: 0, before: 0, fast: fresh(), full: fresh() };
  let rendered;
  Object.defineProperty(window, '__minatRendered', {
    configurable: true,
    get: () => rendered,
    set: (r) => {
      rendered = r;
      if (!watch.changeAt || !r || r.seq <= watch.before) return;
      const sentAt = now() - r.ms;
      for (const part of r.partial ? [watch.fast] : [watch.fast, watch.full])
        if (!part.sentAt) part.sentAt = sentAt;
      // Set when the payload is committed: its charts may all be drawn already (unchanged ones).
      drawn();
    },
  });
  // Payload messages from the app's workers, seen before the app's own handler.
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    // Diagnostic (BENCH_DEFER_FULL=ms): hold the app's requests for the slow part that long, to time
    // the fast part drawn without the bootstrap's payload arriving in the middle of it.
    postMessage(message, transfer) {
      const defer = window.__benchDeferFull ?? 0;
      if (defer > 0 && message?.type === 'analyse' && message.mode === 'full')
        setTimeout(() => super.postMessage(message, transfer), defer);
      else super.postMessage(message, transfer);
    }

    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const payload = e.data?.type === 'result' ? e.data.result : undefined;
        if (!watch.changeAt || !payload || typeof payload.partial !== 'boolean' || !payload.view) return;
        for (const part of payload.partial ? [watch.fast] : [watch.fast, watch.full])
          if (!part.arriveAt) Object.assign(part, { arriveAt: now(), compute: payload.ms });
      });
    }
  };
  // The frame that shows the drawn view: its animation-frame callbacks run before its style, layout
  // and paint, and a message posted from one is handled after them (the frame is on screen then).
  const done = (part) => {
    part.at = now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        part.paintAt = now();
      };
      channel.port2.postMessage(0);
    });
  };
  const drawn = () => {
    const r = rendered;
    if (!watch.changeAt || !r || r.seq <= watch.before) return;
    for (const c of document.querySelectorAll('.vega-chart')) if (c.dataset.rendered !== 'true') return;
    if (!watch.fast.at) done(watch.fast);
    if (!r.partial && !watch.full.at) done(watch.full);
  };
  const poll = () => {
    drawn();
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  // The first chart of the payload drawn (charts are drawn side by side; the first is on top).
  const first = (records) => {
    const part = watch.fast.firstAt ? watch.full : watch.fast;
    if (!watch.changeAt || part.firstAt || !part.arriveAt) return;
    if (records.some((m) => m.target instanceof HTMLElement && m.target.dataset.rendered === 'true'))
      part.firstAt = now();
  };
  new MutationObserver((records) => {
    first(records);
    drawn();
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-rendered'],
  });
  const arm = () => {
    Object.assign(watch, { changeAt: now(), before: rendered?.seq ?? 0, fast: fresh(), full: fresh() });
  };
  document.addEventListener(
    'change',
    (e) => {
      if (e.target instanceof HTMLSelectElement && e.target.dataset.filter) arm();
    },
    true,
  );
  document.addEventListener(
    'click',
    (e) => {
      if (e.target instanceof HTMLElement && e.target.closest('[data-view]')) arm();
    },
    true,
  );

  // --- Baseline: a plain weighted group-by over the same rows, in the same page -------------------
  const base = { rows: 0, cols: {}, codes: {}, levels: {}, weight: undefined };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  // The load's outcome, kept here: a promise only the app's worker channel resolves can be collected
  // while the driver awaits it (playwright then reports "Resulting promise was garbage collected").
  let loading;
  let outcome;

  window.__bench = {
    /** Loads the files of `input` through `window.__minatLoadFiles`, counting frames meanwhile. */
    load(input) {
      const [survey, schema] = [...input.files];
      outcome = undefined;
      window.__bench.arm();
      window.__bench.startFrames();
      const started = now();
      loading = window.__minatLoadFiles(survey, schema).then(
        (accounting) => {
          const ms = now() - started;
          outcome = { accounting, ms, frames: window.__bench.stopFrames(), size: survey.size };
        },
        (error) => {
          outcome = { error: String(error) };
        },
      );
    },
    /** The load's outcome once it has settled. */
    loaded: () => (loading ? outcome : undefined),
    startFrames() {
      Object.assign(frames, {
        on: true,
        count: 0,
        last: 0,
        maxGap: 0,
        gaps: [],
        progress: new Set(),
        movedAt: 0,
        started: now(),
      });
      requestAnimationFrame(tick);
    },
    stopFrames() {
      frames.on = false;
      const gaps = [...frames.gaps].sort((a, b) => a - b);
      return {
        ms: now() - frames.started,
        frames: frames.count,
        maxGapMs: frames.maxGap,
        p99GapMs: gaps.length ? gaps[Math.floor(gaps.length * 0.99)] : 0,
        longGaps: gaps.filter((g) => g > 100).length,
        progressStates: frames.progress.size,
        lastProgressMs: frames.movedAt ? frames.movedAt - frames.started : 0,
      };
    },
    arm,
    /** The armed change, in ms from its event: request sent, payload arrived, drawn, painted. */
    render() {
      const { changeAt, fast, full } = watch;
      const rel = (t) => (t ? t - changeAt : 0);
      const part = (p) => ({
        sentMs: rel(p.sentAt),
        arriveMs: rel(p.arriveAt),
        firstMs: rel(p.firstAt),
        drawnMs: rel(p.at),
        paintMs: rel(p.paintAt),
        computeMs: p.compute,
      });
      return { fast: part(fast), full: part(full), complete: full.paintAt > 0 };
    },
    /** Whether the view on screen is drawn completely (no armed change needed). */
    settled() {
      const r = rendered;
      if (!r || r.partial) return false;
      for (const c of document.querySelectorAll('.vega-chart'))
        if (c.dataset.rendered !== 'true') return false;
      return !document.querySelector('[aria-busy=true]');
    },
    /**
     * Reads the survey file again in the page and keeps the columns the baselines need: as strings
     * (the plain group-by) and dictionary-encoded (the typed-array group-by). `derived` maps a derived
     * grouping to [source column, { source value: derived value }].
     */
    async prepareBaseline(input, columns, derived) {
      const text = await input.files[0].text();
      const header = text.slice(0, text.indexOf('\n')).split(',');
      const at = Object.fromEntries(columns.map((c) => [c, header.indexOf(c)]));
      const cols = Object.fromEntries(columns.map((c) => [c, []]));
      let from = text.indexOf('\n') + 1;
      while (from < text.length) {
        let to = text.indexOf('\n', from);
        if (to < 0) to = text.length;
        const fields = text.slice(from, to).split(',');
        for (const c of columns) cols[c].push(fields[at[c]] ?? '');
        from = to + 1;
      }
      for (const [key, [source, map]] of Object.entries(derived))
        cols[key] = cols[source].map((v) => map[v] ?? '');
      base.rows = cols[columns[0]].length;
      base.cols = cols;
      base.weight = Float64Array.from(cols.weight, Number);
      for (const [key, values] of Object.entries(cols)) {
        if (key === 'weight') continue;
        const levels = [...new Set(values)];
        const index = new Map(levels.map((l, k) => [l, k]));
        base.levels[key] = levels;
        base.codes[key] = Int32Array.from(values, (v) => index.get(v));
      }
      return base.rows;
    },
    /**
     * Weighted counts of `dest` among rows passing `filter` ({ column: [values] }): plainly (strings,
     * a Map), and over typed arrays; median milliseconds of `repeat` runs of each.
     */
    baseline(filter, dest, repeat) {
      const keys = Object.keys(filter);
      const plain = [];
      const typed = [];
      let check = 0;
      for (let r = 0; r < repeat; r++) {
        let t = now();
        const sums = new Map();
        const w = base.cols.weight;
        const d = base.cols[dest];
        const f = keys.map((k) => [base.cols[k], new Set(filter[k])]);
        for (let i = 0; i < base.rows; i++) {
          let keep = true;
          for (const [col, set] of f) if (!set.has(col[i])) keep = false;
          if (keep) sums.set(d[i], (sums.get(d[i]) ?? 0) + Number(w[i]));
        }
        plain.push(now() - t);
        t = now();
        const codes = base.codes[dest];
        const out = new Float64Array(base.levels[dest].length);
        const masks = keys.map((k) => {
          const m = new Uint8Array(base.levels[k].length);
          for (const v of filter[k]) {
            const c = base.levels[k].indexOf(v);
            if (c >= 0) m[c] = 1;
          }
          return [base.codes[k], m];
        });
        const weight = base.weight;
        for (let i = 0; i < base.rows; i++) {
          let keep = 1;
          for (let j = 0; j < masks.length; j++) keep &= masks[j][1][masks[j][0][i]];
          if (keep) out[codes[i]] += weight[i];
        }
        typed.push(now() - t);
        check = out.reduce((a, b) => a + b, 0) - [...sums.values()].reduce((a, b) => a + b, 0);
      }
      return { plainMs: median(plain), typedMs: median(typed), check };
    },
  };
})();
