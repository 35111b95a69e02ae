/**
 * The side-by-side export: both photos at one height with their captions, and under them the verdict and
 * every flag in words, so the image still tells the whole story when it travels without the report.
 */
import sharp from '../sharp.js';
import type { AuditReport } from '../../../shared/contract/report.js';
import { captionOverlay } from '../outputs/captionOverlay.js';
import { svgText } from '../outputs/svgText.js';

export interface AnnotatedSideBySideOptions {
  /** Gap between the panels, px. @default 8 */
  gap?: number;
  /** Background of the gap and the text strip. @default '#1a1a1a' */
  background?: string;
}

const ORDER = { critical: 0, warning: 1, info: 2 } as const;
const SEVERITY_COLOUR = { critical: '#ff7070', warning: '#ffb454', info: '#9ecbff' } as const;
const VERDICT_COLOUR = { comparable: '#7ddc7d', caution: '#ffb454', 'not comparable': '#ff7070' } as const;

/**
 * `left` | `right` (encoded images, ours, so without metadata) as a PNG with the verdict and the flags
 * listed below. Panels of different heights are scaled to the smaller one, keeping their aspect.
 */
export async function annotatedSideBySide(
  left: { bytes: Uint8Array; label: string },
  right: { bytes: Uint8Array; label: string },
  report: AuditReport,
  options: AnnotatedSideBySideOptions = {},
): Promise<Buffer> {
  const gap = options.gap ?? 8;
  const background = options.background ?? '#1a1a1a';
  const sizes = await Promise.all([left, right].map((p) => sharp(p.bytes).metadata()));
  const height = Math.min(...sizes.map((m) => m.height ?? 1));
  const panels = await Promise.all(
    [left, right].map((p) =>
      sharp(p.bytes).resize({ height }).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true }),
    ),
  );
  const [l, r] = panels as [(typeof panels)[0], (typeof panels)[0]];
  const width = l.info.width + gap + r.info.width;

  // Text scales with the image; 0.56 em per character is DejaVu Sans' average advance, for wrapping.
  const font = Math.max(12, Math.round(width * 0.012));
  const pad = Math.round(font * 0.9);
  const lineHeight = Math.round(font * 1.45);
  const perLine = Math.max(20, Math.floor((width - 2 * pad) / (font * 0.56)));
  const v = report.verdict;
  const lines: { text: string; fill: string; bold: boolean; indent?: boolean }[] = [
    {
      text: `Verdict: ${v.label.toUpperCase()} (score ${Math.round(v.score)}/100)`,
      fill: VERDICT_COLOUR[v.label],
      bold: true,
    },
    ...wrap(v.summary, perLine).map((text) => ({ text, fill: '#dddddd', bold: false })),
  ];
  const flags = [...report.flags].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  if (flags.length === 0) lines.push({ text: 'No flags were raised.', fill: '#dddddd', bold: false });
  for (const f of flags) {
    wrap(`${f.severity.toUpperCase()}  ${f.label}: ${f.message}`, perLine - 4).forEach((text, i) =>
      lines.push({ text, fill: SEVERITY_COLOUR[f.severity], bold: false, indent: i > 0 }),
    );
  }
  const stripHeight = pad * 2 + lineHeight * lines.length;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${stripHeight}">` +
    lines
      .map((line, i) =>
        // SVG collapses leading spaces: a flag's continuation lines are indented by position.
        svgText(line.indent ? pad + 2 * font : pad, pad + font + i * lineHeight, font, line.text, {
          fill: line.fill,
          weight: line.bold ? 'bold' : 'normal',
        }),
      )
      .join('') +
    `</svg>`;

  return sharp({ create: { width, height: height + stripHeight, channels: 3, background } })
    .composite([
      { input: l.data, left: 0, top: 0 },
      { input: r.data, left: l.info.width + gap, top: 0 },
      { input: captionOverlay(l.info.width, height, left.label), left: 0, top: 0 },
      { input: captionOverlay(r.info.width, height, right.label), left: l.info.width + gap, top: 0 },
      { input: Buffer.from(svg), left: 0, top: height },
    ])
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/** Greedy word wrap at `perLine` characters; a word longer than a line is cut. */
function wrap(text: string, perLine: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    if (line && line.length + 1 + w.length > perLine) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}
