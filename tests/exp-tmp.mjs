import { launch, overlayFrame, PORTAL } from './lib/browser.mjs';
const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
async function session(b, target) {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?l=en&replica-delay=0#home`);
  await page.waitForSelector('.fxs-blade');
  if (target !== undefined) { const { frame } = await overlayFrame(page); await frame.waitForSelector('main h1');
    if (target) { await frame.evaluate((t) => chrome.runtime.sendMessage({ type: 'choose', target: t, lang: 'en' }), target); await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'restart' } })); }
    else await b.worker.evaluate(async () => { }); }
  await page.waitForTimeout(500);
  const app = '#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/';
  const hashes = [LIST, `${app}Overview/appId/8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35`, `${app}Authentication/appId/8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35`, '#home'];
  const t0 = Date.now();
  for (let i = 0; i < 50; i++) {
    await page.evaluate((h) => { location.hash = h; }, hashes[i % hashes.length]);
    await page.waitForFunction(() => document.querySelector('.fxs-blade .fxs-blade-title-titleText'));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const ms = Date.now() - t0;
  await page.close();
  return ms;
}
const w = await launch(), n = await launch({ extension: false });
const r = { without: [], guide: [] };
for (let i = 0; i < 6; i++) { r.without.push(await session(n)); r.guide.push(await session(w, 'yetiforce')); }
const med = (xs) => [...xs].sort((a,b)=>a-b)[xs.length>>1];
console.log(JSON.stringify(r), med(r.guide)/med(r.without));
await w.close(); await n.close();
