/** Under the verdict: the photos were cut from one gallery composite, which panels, and how the order was read. */
import type { ReactNode } from 'react';
import type { Composite } from '../../shared/contract/composite.js';
import { compositeLine } from '../lib/compositeLine.js';

export function CompositeFacts({ composite }: { composite: Composite }): ReactNode {
  return (
    <section className="composite-facts" aria-label="Composite" data-testid="composite-facts">
      <p>{compositeLine(composite.source.name, composite)}.</p>
      {/* The engine's own words on the order ("no captions read: left is taken as before"); a person's
          order is already said in the line above. */}
      {composite.order.from !== 'person' && composite.order.note && (
        <p className="hint">{composite.order.note}</p>
      )}
    </section>
  );
}
