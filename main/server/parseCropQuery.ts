/**
 * The loupe's crop request over HTTP: GET /api/analyses/ID/crop?source=S&left=X&top=Y&size=N, parsed
 * with the contract's schema like every other call.
 */
import type { z } from 'zod';
import { CropRequestSchema } from '../../shared/contract/api.js';

/** The request, or the first problem in words. Numbers must be plain integers ("", "1e3", "0x10" are not). */
export function parseCropQuery(
  analysisId: string,
  q: URLSearchParams,
): { ok: true; value: z.output<typeof CropRequestSchema> } | { ok: false; error: string } {
  const int = (k: string) => {
    const v = q.get(k);
    return v !== null && /^-?\d{1,9}$/.test(v) ? Number(v) : v;
  };
  const parsed = CropRequestSchema.safeParse({
    analysisId,
    source: q.get('source'),
    left: int('left'),
    top: int('top'),
    size: int('size'),
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `crop: ${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}` };
}
