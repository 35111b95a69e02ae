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
      <strong>Alignment failed.</strong> {alignment.reason ?? 'The photos could not be matched.'} Showing the
      photos as shot.
      <button type="button" onClick={onManual}>
        Align by landmarks…
      </button>
    </div>
  );
}
