import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.color',
  label: 'Hair or scalp colour',
  version: 3,
  threshold: {
    warning: 0.04,
    critical: 0.3,
    direction: 'above',
    unit: 'stops',
    origin:
      "The largest of three readings past its own allowance, stops, after the exposure gains (not the tone matching), over the hair region of a copy blurred 1.6 px at 640 px (readings.ts): the scalp's level change, pixel by pixel (median log-light change over the brighter half of the before's hair region); the hair's level change over the darker half, less 0.25; hair.color v2's class contrast (scalp-class median over the hair-class median or over the region's geometric mean, whichever changed more) less 0.02, read only while the hair's level held within 0.03. Why: v2 read each photo's class medians, which move with the share of pixels where strand and skin mix, and fired on 17 of 40 renders with only 10-25% more or fewer strands (bench/hairDensity.ts --split tune and --split holdout, the change a treatment that works makes). bench/hairDensity.ts, same 40 pairs: 0/40 fire, values at most 0.03; the scalp level moved at most 0.023 stops, the hair level up to 0.246 (denser hair is darker where strands overlap), hence its allowance. bench/hair.ts --split tune and --split holdout (10 heads and 24 photos each; 44 clean pairs each): clean re-shoots read at most 0.01 on both; cases caught 15/16 on each: renders with hair dyed to 40-60% or skin tinted 35-55% towards the hair colour read 0.05-1.02 but for one tint of grey hair on brown skin that hardly changes the image (0.02, v2 missed it too); real photos with strands darkened to 30-50% or skin to 40-60% read 0.04-0.83 but for a concealer edit along a shaved head's outline (0.02, v2 missed it too). 0.04 sits between the density-only maximum (0.03) and the weakest cases caught (0.04-0.05): a thin margin on both sides. The class-contrast reading is there for the real-photo edits, which touch a few per cent of the hair region (mostly the head's outline) and move no median of a half; its gate (0.03) sits between 0.027, the most the hair level moved on those edits, and 0.035, the least it moved on a density render whose class contrast passed v2's 0.06: fitted to these cases, and very thin. 0.3 is a dye job or heavy concealer. Other hair changes move these readings too (tune and holdout: wet 28/32, relit 27/32, length 11/32, styling 5/20 fire), so the flag can fire with them. bench/calibrate.ts --seed 11 --per-flag 0: 0/107 clean real-photo re-shoots with any warning. v2 held out (--split final, 10 heads, 24 photos): 15/16 caught, 0/44 false alarms; v3 not yet read there.",
  },
  why: 'Darker hair or concealer fibres and sprays lower the contrast between hair and scalp, so thin areas look fuller.',
};
