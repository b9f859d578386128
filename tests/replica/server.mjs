// The portal replica: one local HTTPS server answering for the real host names
// (portal.azure.com, *.reactblade.portal.azure.net, login.microsoftonline.com), routed on the
// Host header. Chromium reaches it through --host-resolver-rules, so the shipped manifest and its
// host permissions are tested unchanged. The certificate is made at start with openssl.
import { createServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { createHash, X509Certificate } from 'node:crypto';
import { dirname, join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPortal } from './toml.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const HOSTS = ['portal.azure.com', 'entra.microsoft.com', '*.reactblade.portal.azure.net', 'login.microsoftonline.com',
  // A made-up YetiForce CRM (replica/yetiforce.mjs) for filling its mail server form.
  'crm.yetiforce.example'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Makes (once per work dir) a self-signed certificate for all replica hosts. */
export function certificate(workDir) {
  mkdirSync(workDir, { recursive: true });
  // Named by the host list, so adding a host makes a certificate that names it.
  const tag = createHash('sha256').update(HOSTS.join(',')).digest('hex').slice(0, 8);
  const key = join(workDir, `replica-${tag}.key`);
  const crt = join(workDir, `replica-${tag}.crt`);
  if (!existsSync(crt)) {
    const san = 'subjectAltName=' + HOSTS.map((h) => 'DNS:' + h).join(',');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30',
      '-keyout', key, '-out', crt, '-subj', '/CN=portal.azure.com', '-addext', san], { stdio: 'ignore' });
  }
  const pem = readFileSync(crt);
  // Chromium's --ignore-certificate-errors-spki-list wants base64(sha256(SubjectPublicKeyInfo)).
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return { key: readFileSync(key), cert: pem, spki: createHash('sha256').update(spki).digest('base64') };
}

function file(res, rel) {
  const path = join(here, 'static', rel);
  if (!path.startsWith(join(here, 'static')) || !existsSync(path)) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(path));
}

/** Starts the replica; `handlers` may add routes per host: (host, url, req, res) => handled. */
export async function startReplica({ port = 0, workDir = join(here, '../.work'), handlers = [] } = {}) {
  const { key, cert, spki } = certificate(workDir);
  // React view URLs carry their first data: allow long ones (Chromium allows 2 MB).
  const server = createServer({ key, cert, maxHeaderSize: 256 * 1024 }, (req, res) => {
    const host = (req.headers.host || '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url, 'https://' + host);
    for (const h of handlers) if (h(host, url, req, res)) return;
    if (url.pathname === '/labels.js') {
      // The portal's labels come from portal.toml itself (what the executor looks for), the
      // texts around them from labels.json.
      const portal = Object.fromEntries(Object.entries(readPortal().label)
        .map(([k, v]) => [k, { en: v.en, pl: v.pl, cs: v.cs }]));
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return res.end('window.REPLICA_PORTAL = ' + JSON.stringify(portal) + ';\n'
        + 'window.REPLICA_LABELS = ' + readFileSync(join(here, 'labels.json'), 'utf8') + ';');
    }
    if (host === 'portal.azure.com' || host === 'entra.microsoft.com') {
      if (url.pathname === '/') return file(res, 'portal.html');
      return file(res, url.pathname.slice(1));
    }
    if (/^[a-z0-9-]+\.reactblade(-ms|-rc)?\.portal\.azure\.net$/.test(host)) {
      if (url.pathname === '/' || url.pathname.startsWith('/view/')) {
        // replica-slow-frame=<ms>: a React view that arrives late (a slow network, a cold cache).
        const slow = Math.min(Number(url.searchParams.get('replica-slow-frame')) || 0, 60000);
        if (slow > 0) return void setTimeout(() => file(res, 'reactview.html'), slow);
        return file(res, 'reactview.html');
      }
      return file(res, url.pathname.slice(1));
    }
    if (host === 'login.microsoftonline.com') {
      // The admin consent prompt the portal opens in a window (domain.md §8's adminconsent URL).
      if (/\/adminconsent$/.test(url.pathname)) return file(res, 'consent.html');
      if (['/consent.js', '/common.js', '/portal.css'].includes(url.pathname)) return file(res, url.pathname.slice(1));
    }
    res.writeHead(421, { 'content-type': 'text/plain' });
    res.end('misdirected: ' + host);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { port: server.address().port, spki, close: () => new Promise((r) => server.close(r)) };
}

/** Chromium flags that send the real host names to the replica. */
export function resolverArgs(port, spki) {
  const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).concat([
    `MAP *.reactblade-ms.portal.azure.net 127.0.0.1:${port}`,
    `MAP *.reactblade-rc.portal.azure.net 127.0.0.1:${port}`,
  ]);
  return [`--host-resolver-rules=${rules.join(', ')}, EXCLUDE localhost`, `--ignore-certificate-errors-spki-list=${spki}`, '--ignore-certificate-errors'];
}
