import { describe, expect, it } from 'vitest';
import { uiTraceTasks } from '../../../bench/lib/uiTrace.js';

/** A trace event on the page's main thread (pid 1, tid 2), times in ms turned into the trace's µs. */
const X = (name: string, ts: number, dur: number, extra: object = {}) => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 2,
  ts: ts * 1000,
  dur: dur * 1000,
  ...extra,
});

describe('uiTraceTasks', () => {
  it('splits each long task of the page into self time by kind, with its CPU time, from navigation start', () => {
    const nav = {
      name: 'navigationStart',
      ph: 'R',
      pid: 1,
      tid: 2,
      ts: 1000_000,
      args: { data: { documentLoaderURL: 'http://127.0.0.1:1/?token=t' } },
    };
    const events = [
      // about:blank's navigation, on another thread, is not the page's.
      { ...nav, tid: 9, args: { data: { documentLoaderURL: '' } } },
      nav,
      // 100 ms task: a 60 ms function call that forces 20 ms of layout, then 30 ms of style.
      X('RunTask', 1100, 100, { tdur: 40_000 }),
      X('ThreadControllerImpl::RunTask', 1100, 100),
      X('FunctionCall', 1101, 60, { args: { data: { functionName: 'render' } } }),
      X('Layout', 1120, 20),
      X('UpdateLayoutTree', 1165, 30),
      // A short task is left out, and so is a long one on another thread.
      X('RunTask', 1300, 10),
      { ...X('RunTask', 1400, 200), tid: 3 },
    ];
    const tasks = uiTraceTasks(JSON.stringify({ traceEvents: events }));
    expect(tasks).toHaveLength(1);
    const [t] = tasks;
    expect(t?.start).toBe(100);
    expect(t?.duration).toBe(100);
    expect(t?.cpu).toBe(40);
    expect(Object.fromEntries((t?.parts ?? []).map((p) => [p.kind, p.ms]))).toEqual({
      script: 40,
      layout: 20,
      style: 30,
      unattributed: 10,
    });
    expect(t?.scripts[0]).toBe('render 60');
  });

  it('finds nothing in a trace without the page', () => {
    expect(uiTraceTasks(JSON.stringify({ traceEvents: [X('RunTask', 0, 500)] }))).toEqual([]);
  });
});
