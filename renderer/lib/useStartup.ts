/**
 * On start: open the initial pair (the bundled sample, or the pair named on the command line) so a new
 * person sees a full comparison at once; keep the recent pairs fresh; route menu commands.
 */
import { useEffect, useRef, useState } from 'react';
import type { Api, MenuCommand, RecentPair } from '../../shared/contract/api.js';
import type { Audit } from './useAudit.js';

export function useStartup(api: Api, audit: Audit, onMenu: (c: MenuCommand) => void): RecentPair[] {
  const [recent, setRecent] = useState<RecentPair[]>([]);
  const { analyze, report, tell } = audit;
  useEffect(() => {
    let live = true;
    api.initialPair().then(
      (pair) => {
        if (!live) return;
        if (pair) void analyze({ before: pair.before, after: pair.after });
        else tell('Open a before and an after photo: drop them here, paste, or use Open photos.');
      },
      (e: unknown) => live && report(e),
    );
    return () => {
      live = false;
    };
  }, [api, analyze, report, tell]);

  const analysisId = audit.analysis?.id;
  useEffect(() => {
    let live = true;
    api.recentPairs().then(
      (r) => live && setRecent(r),
      () => undefined, // Recent pairs are a convenience: their failure is not the person's problem.
    );
    return () => {
      live = false;
    };
  }, [api, analysisId]);

  // Subscribe once per bridge; the latest handler is read through a ref, so re-renders do not churn IPC
  // listeners (and cannot drop a command between an unsubscribe and the next subscribe).
  const menu = useRef(onMenu);
  menu.current = onMenu;
  useEffect(() => api.onMenuCommand((c) => menu.current(c)), [api]);
  return recent;
}
