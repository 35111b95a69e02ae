/**
 * What Chromium's trace says each long main-thread task was made of. Every event inside a task has its
 * self time (its duration minus its children's) counted under the nearest enclosing event whose kind is
 * known (script, style, layout, paint, decode, parse, gc), so the parts add up to the task.
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: what the task cost when it was running. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { documentLoaderURL?: string; url?: string; functionName?: string } };
}

/** One long task from the trace, times in ms from the page's navigation start. */
export interface UiTracedTask {
  start: number;
  duration: number;
  /**
   * CPU time of the task's thread, ms, when the trace has it: on a machine busy with other work the wall
   * time includes the time the thread waited for a core, which this leaves out.
   */
  cpu: number | null;
  /** Self time by kind, ms, largest first. */
  parts: { kind: string; ms: number }[];
  /** The longest script entries (function or file) inside it. */
  scripts: string[];
}

const KIND: Record<string, string> = {
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  'v8.run': 'script',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  'V8.Execute': 'script',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  'Decode Image': 'decode',
  ImageDecodeTask: 'decode',
  'Decode LazyPixelRef': 'decode',
  ParseHTML: 'parse',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
};

/** Long tasks (over `minMs`) of the page's main thread in a trace taken by browser.startTracing. */
export function uiTraceTasks(traceJson: Buffer | string, minMs = 50): UiTracedTask[] {
  const parsed = JSON.parse(traceJson.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  // The page's document: its navigationStart names the URL with the token; about:blank's does not.
  const nav = events
    .filter((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').includes('token='))
    .pop();
  if (!nav) return [];
  const thread = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.dur);
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  // RunTask wraps ThreadControllerImpl::RunTask on current Chromium: keep the outermost of each.
  const outer = tasks.filter(
    (t) =>
      !tasks.some(
        (o) =>
          o !== t &&
          o.ts <= t.ts &&
          o.ts + (o.dur ?? 0) >= t.ts + (t.dur ?? 0) &&
          // Longer, or the same span under the outer name.
          ((o.dur ?? 0) > (t.dur ?? 0) || (o.name === 'RunTask' && t.name !== 'RunTask')),
      ),
  );
  return outer
    .filter((t) => (t.dur ?? 0) >= minMs * 1000 && t.ts >= nav.ts)
    .map((t) => describe(t, thread, nav.ts));
}

function describe(task: TraceEvent, thread: TraceEvent[], origin: number): UiTracedTask {
  const end = task.ts + (task.dur ?? 0);
  const inside = thread
    .filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const scripts = new Map<string, number>();
  // A stack of open events with their kind (inherited) and the time their children take.
  const stack: { e: TraceEvent; kind: string; children: number }[] = [];
  const close = (upTo: number): void => {
    while (stack.length && (stack.at(-1)?.e.ts ?? 0) + (stack.at(-1)?.e.dur ?? 0) <= upTo) {
      const top = stack.pop() as (typeof stack)[number];
      const own = (top.e.dur ?? 0) - top.children;
      self.set(top.kind, (self.get(top.kind) ?? 0) + own);
    }
  };
  for (const e of inside) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.children += e.dur ?? 0;
    // Outside any known event: the scheduler's own wrappers say nothing, other names say what it was.
    const kind = KIND[e.name] ?? parent?.kind ?? (e.name.endsWith('RunTask') ? 'unattributed' : e.name);
    stack.push({ e, kind, children: 0 });
    if (KIND[e.name] === 'script') {
      const d = e.args?.data;
      const label = d?.functionName || d?.url?.split('/').pop() || e.name;
      scripts.set(label, (scripts.get(label) ?? 0) + (e.dur ?? 0));
    }
  }
  close(Infinity);
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    start: ms(task.ts - origin),
    duration: ms(task.dur ?? 0),
    cpu: task.tdur === undefined ? null : ms(task.tdur),
    parts: [...self]
      .map(([kind, us]) => ({ kind, ms: ms(us) }))
      .filter((p) => p.ms >= 1)
      .sort((a, b) => b.ms - a.ms),
    scripts: [...scripts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([name, us]) => `${name} ${ms(us)}`),
  };
}
