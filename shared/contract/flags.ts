/**
 * The stable flag ids. A report, the CLI and the UI all speak these names; renaming one is a schema change.
 */
export const FLAG_IDS = [
  'pose.rotation',
  'pose.scale',
  'pose.tilt',
  'pose.mirrored',
  'framing.overlap',
  'light.exposure',
  'light.color',
  'light.direction',
  'image.focus',
  'image.resolution',
  'image.compression',
  'hair.length',
  'hair.wet',
  'hair.color',
  'hair.styling',
  'meta.camera',
  'meta.flash',
  'meta.dates',
  'meta.edited',
  'meta.missing',
  'provenance.tables',
  'provenance.recompressed',
  'provenance.errorLevel',
  'provenance.clone',
  'provenance.thumbnail',
  'pair.duplicate',
  'pair.mismatch',
] as const;

export type FlagId = (typeof FLAG_IDS)[number];

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
