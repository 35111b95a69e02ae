import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'provenance.clone',
  label: 'Cloned region',
  version: 3,
  threshold: {
    warning: 0.0016,
    critical: null,
    direction: 'above',
    unit: 'share',
    origin:
      "Share of the photo (480-pixel gray copy) in the largest region whose band-passed detail matches, window for window, a copy at one shift found by matching corners; only shifts at least 5 corner matches agree on are checked; plain windows, edges slid along themselves and repeating patterns do not count. bench/provenance.ts, 40 real photos split by seed 1: set in version 2 just above the tune half's untouched and re-saved maximum (0.00157 then; 0.00135 in version 3, which checks fewer shifts); tune clones of 1/8 of the side score 0.0047-0.0050 (median). Held out (version 3): caught 37/60 (hard square from anywhere 11/20, soft brush from a textured spot 15/20, the same healed 11/20), false alarms 1/140 untouched and 0/60 re-saved (version 2: 37/60, 2/140, 1/60; version 1: 11/60, 23/140).",
  },
  experimental:
    'Catches 37 of 60 clones of 1/8 of the side on real scalp photos held out (62%, short of the 90% a warning needs), with 1 of 140 false alarms: a clone of little detail, or whose soft edge leaves a small exact core, matches over too small an area to stand out from natural look-alikes (bench/provenance.ts).',
  why: 'A patch copied from one place of a photo to another (a clone stamp) is the usual way to fill a thinning area with hair that is not there.',
};
