// Launches Debian's Chromium with the built extension (dist/extension, unchanged) against the
// portal replica served under the real host names.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReplica, resolverArgs } from '../replica/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION = join(root, 'dist/extension');
export const PORTAL = 'https://portal.azure.com';

/** Flags that keep Chromium quiet on a machine without internet (see the env notes). */
const QUIET = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Starts the replica and a browser. `extension: false` runs the same browser without regpilot
 * (for side-by-side measurements). Returns { context, replica, extensionId, worker, close }.
 */
export async function launch({ extension = true, handlers = [], viewport = { width: 1400, height: 900 }, headless = true } = {}) {
  const replica = await startReplica({ handlers });
  const profile = mkdtempSync(join(tmpdir(), 'regpilot-profile-'));
  const args = [...QUIET, ...resolverArgs(replica.port, replica.spki)];
  if (extension) args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    viewport,
  });
  let worker = null;
  let extensionId = null;
  if (extension) {
    worker = context.serviceWorkers()[0] || (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context, replica, worker, extensionId,
    async close() {
      await context.close();
      await replica.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The overlay iframe's frame in a page, once its document has loaded. */
export async function overlayFrame(page) {
  const handle = await page.waitForSelector('iframe#regpilot-overlay', { state: 'attached', timeout: 15000 });
  const frame = await handle.contentFrame();
  await frame.waitForLoadState('domcontentloaded');
  return { handle, frame };
}

/** Frames of the page whose URL is a React view (cross-origin reactblade). */
export function reactFrames(page) {
  return page.frames().filter((f) => /\.reactblade(-ms|-rc)?\.portal\.azure\.net$/.test(new URL(f.url() || 'about:blank').host || ''));
}
