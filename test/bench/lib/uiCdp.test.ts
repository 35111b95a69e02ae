import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uiCdpLaunch } from '../../../bench/lib/uiCdp.js';
import { CHROMIUM } from '../../e2e/harness.js';

describe.skipIf(!existsSync(CHROMIUM))('uiCdpLaunch', () => {
  it('runs a page over the pipe: scripts for new documents, navigation, evaluation; errors reject', async () => {
    const cdp = await uiCdpLaunch();
    try {
      const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; type: string }[] }>(
        'Target.getTargets',
      );
      const page = targetInfos.find((t) => t.type === 'page');
      expect(page).toBeDefined();
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
        targetId: page?.targetId,
        flatten: true,
      });
      await cdp.send('Page.enable', {}, sessionId);
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: 'window.__early = 6' }, sessionId);
      const loaded = cdp.once('Page.loadEventFired');
      await cdp.send('Page.navigate', { url: 'data:text/html,<p id=x>seven</p>' }, sessionId);
      await loaded;
      const r = await cdp.send<{ result: { value: string } }>(
        'Runtime.evaluate',
        {
          expression: "window.__early + ':' + document.getElementById('x').textContent",
          returnByValue: true,
        },
        sessionId,
      );
      expect(r.result.value).toBe('6:seven');
      await expect(cdp.send('No.suchMethod')).rejects.toThrow(/No\.suchMethod/);
    } finally {
      await cdp.close();
    }
    // A closed browser refuses further commands instead of leaving them pending.
    await expect(cdp.send('Target.getTargets')).rejects.toThrow(/chromium exited/);
  });
});
