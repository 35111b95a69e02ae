/** Said prominently: the automatic alignment failed, so only the photos as shot are shown. */
import type { ReactNode } from 'react';
import type { Alignment } from '../../shared/contract/report.js';

export function AlignmentBanner({
  alignment,
  onManual,
}: {
  alignment: Alignment;
  onManual(): void;
}): ReactNode {
  if (alignment.status !== 'failed') return null;
  return (
    <div className="banner banner-critical" role="note" data-testid="alignment-failed">
      <strong>Alignment failed.</strong> {sentence(alignment.reason ?? 'the photos could not be matched')}{' '}
      Showing the photos as shot.
      <button type="button" onClick={onManual}>
        Align by landmarks…
      </button>
    </div>
  );
}

/** The engine's reason as a sentence: capitalized, with a full stop. */
function sentence(reason: string): string {
  const t = reason.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}
