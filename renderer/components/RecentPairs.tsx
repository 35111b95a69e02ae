/** The recent pairs as a picker; choosing one analyzes it again. */
import type { ReactNode } from 'react';
import type { RecentPair } from '../../shared/contract/api.js';

export function RecentPairs({
  recent,
  onOpen,
}: {
  recent: RecentPair[];
  onOpen(r: RecentPair): void;
}): ReactNode {
  if (recent.length === 0) return null;
  return (
    <select
      aria-label="Recent pairs"
      value=""
      onChange={(e) => {
        const r = recent[Number(e.target.value)];
        if (r) onOpen(r);
      }}
    >
      <option value="" disabled>
        Recent pairs…
      </option>
      {recent.map((r, i) => (
        <option key={`${r.before.id}-${r.after.id}-${r.openedAt}`} value={i}>
          {r.before.name} → {r.after.name}
        </option>
      ))}
    </select>
  );
}
