/**
 * A gallery composite: one image holding both photos of a case (side by side, stacked) or several cases
 * (a grid). When a report's photos were cut from one, the report says where and how the order was read.
 */
import { z } from 'zod';

/** x, y, width, height in the composite image's pixels (as oriented for display). */
export const PanelRectSchema = z.tuple([
  z.number().int().min(0),
  z.number().int().min(0),
  z.number().int().positive(),
  z.number().int().positive(),
]);

export const PanelSchema = z.object({
  /** Position in reading order (0-based: left to right, then top to bottom). */
  index: z.number().int().min(0),
  /** The photo itself, with borders, separating bands and caption strips left out. */
  rect: PanelRectSchema,
  /** Caption text read beside the panel, when any was read. */
  caption: z.string().nullable(),
});

export const CompositeSchema = z.object({
  /** The composite file the panels were cut from. */
  source: z.object({
    path: z.string(),
    name: z.string(),
    sha256: z.string(),
    width: z.number().int(),
    height: z.number().int(),
  }),
  /** Grid of panels found. */
  layout: z.object({ rows: z.number().int().positive(), cols: z.number().int().positive() }),
  panels: z.array(PanelSchema),
  /** The cases (before/after pairs) in the composite, as panel indices. */
  pairs: z.array(z.object({ before: z.number().int().min(0), after: z.number().int().min(0) })),
  /** Which of `pairs` this report audits. */
  pair: z.number().int().min(0),
  /**
   * How before and after were told apart: from captions that say so, from reading order (left or top is
   * taken as before), or as a person set it in the app. `note` says it in words for the report.
   */
  order: z.object({ from: z.enum(['captions', 'reading', 'person']), note: z.string() }),
  /** 0..1: how clearly the separating bands and layout were found. */
  confidence: z.number().min(0).max(1),
});

export type PanelRect = z.infer<typeof PanelRectSchema>;
export type Panel = z.infer<typeof PanelSchema>;
export type Composite = z.infer<typeof CompositeSchema>;

/**
 * How a composite is cut, without the file or the case a report audits: what the engine proposes and
 * what a person may send back corrected (then `order.from` is 'person').
 */
export const CompositeSplitSchema = CompositeSchema.omit({ source: true, pair: true });

/** The engine's proposal for a file: the split, and whether the image is a composite at all. */
export const ProposedSplitSchema = z.object({
  source: CompositeSchema.shape.source,
  split: CompositeSplitSchema,
  /** False when the image is one photo (no separating band or seam was found): `split` has one panel. */
  isComposite: z.boolean(),
  /** What separated the panels: uniform bands, gapless seams, or nothing (one photo). */
  found: z.enum(['bands', 'seams', 'none']),
});

export type CompositeSplit = z.infer<typeof CompositeSplitSchema>;
export type ProposedSplit = z.infer<typeof ProposedSplitSchema>;
