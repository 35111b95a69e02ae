/** The one error line (role=alert) and the status line (polite), both always in the DOM so they are announced. */
import type { ReactNode } from 'react';

export function StatusLines({
  error,
  notice,
  onDismiss,
}: {
  error: string | null;
  notice: string | null;
  onDismiss(): void;
}): ReactNode {
  return (
    <div className="status-lines">
      <div role="alert" className={error ? 'error-line' : 'empty-line'} data-testid="error-line">
        {error && (
          <>
            <span>{error}</span>
            <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss error">
              ×
            </button>
          </>
        )}
      </div>
      <div role="status" aria-live="polite" className={notice ? 'notice-line' : 'empty-line'}>
        {notice}
      </div>
    </div>
  );
}
