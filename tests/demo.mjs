// `cargo xtask run`: serves the preview site and the portal sandbox, then walks the demo.
// Without a display (or with CI set) the walk runs headless and saves screenshots; with a display
// it opens Chromium with the extension on the sandbox and keeps everything up until Ctrl-C.
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, overlayFrame, PORTAL, EXTENSION } from './lib/browser.mjs';
import { serveStatic } from './lib/static.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shots = join(root, 'dist/screenshots');
mkdirSync(shots, { recursive: true });
const headless = !process.env.DISPLAY || !!process.env.CI;

const site = await serveStatic({ '/': join(root, 'dist/www'), '/extension/': EXTENSION });
const b = await launch({ headless });
console.log(`extension (unpacked): ${EXTENSION}`);
console.log(`extension (zip):      ${join(root, 'dist/regpilot-extension.zip')}`);
console.log(`preview site:         ${site.url}`);
console.log(`portal sandbox:       https://127.0.0.1:${b.replica.port}/ (in the demo browser: ${PORTAL}/)`);

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
for (const [target, lang] of [['yetiforce', 'en'], ['statlook', 'pl'], ['aktionnext', 'cs']]) {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?l=${lang}&regpilot=${target}:${lang}${LIST}`);
  const { frame } = await overlayFrame(page);
  await frame.waitForSelector('main h1');
  await page.waitForTimeout(300);
  const file = join(shots, `overlay-${target}-${lang}.png`);
  await page.screenshot({ path: file });
  console.log(`screenshot:           ${file}`);
  if (headless) await page.close();
}
const preview = await b.context.newPage();
await preview.goto(site.url);
await preview.screenshot({ path: join(shots, 'preview.png') });
console.log(`screenshot:           ${join(shots, 'preview.png')}`);

if (headless) {
  await b.close();
  await site.close();
} else {
  console.log('The demo browser stays open; press Ctrl-C to stop.');
}
