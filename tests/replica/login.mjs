// A mock of Microsoft's token endpoint, https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token,
// for the replica server (`handlers`). It answers the client-credentials grant the way Entra does
// ("Microsoft identity platform and the OAuth 2.0 client credentials flow",
// learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow): a token
// response with an unsigned JWT whose `roles` claim lists the app's granted application
// permissions, or an error body { error, error_description "AADSTS…: …\r\nTrace ID: …", error_codes,
// timestamp, trace_id, correlation_id, error_uri } with the status Entra uses.
import { randomUUID } from 'node:crypto';

/** The directory the mock knows. Secrets have the real shape (3 chars, `8Q~`, 34 more). */
export const DIRECTORY = {
  tenant: 'a4528e4a-1f6e-4572-9c7d-e5cf6e2bfc83',
  domain: 'contoso.onmicrosoft.com',
  apps: {
    // Admin consent granted for Mail.ReadWrite and Mail.Send.
    consented: { id: 'a28e34be-b03a-4d57-a136-cb24746c7870', secret: 'Xy18Q~consented.secret-value_00000000000', roles: ['Mail.ReadWrite', 'Mail.Send'], name: 'Statlook mail' },
    // Permissions configured, admin consent never granted: a token without roles.
    unconsented: { id: '5b7e7c1e-0a4e-4cc1-9f5a-2b3c4d5e6f70', secret: 'Ab38Q~unconsented.secret-value_000000000', roles: [], name: 'AktionNEXT mail' },
    // Only Mail.ReadWrite consented.
    partly: { id: '0d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d', secret: 'Pq78Q~partly.consented-secret-value_0000', roles: ['Mail.ReadWrite'], name: 'Statlook partly' },
    // The secret expired.
    expired: { id: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910', secret: 'Ex58Q~expired.secret-value_0000000000000', roles: ['Mail.Send'], name: 'Expired', expired: true },
    // The endpoint never answers (time-out).
    slow: { id: '11111111-2222-4333-8444-555555555555', secret: 'Sl08Q~slow.secret-value_0000000000000000', roles: [], name: 'Slow', hang: true },
    // The connection is cut (network failure).
    cut: { id: '99999999-8888-4777-8666-555555555555', secret: 'Ct08Q~cut.secret-value_00000000000000000', roles: [], name: 'Cut', cut: true },
  },
};

const TEXTS = {
  7000215: (c) => `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${c.client}'.`,
  700016: (c) => `Application with identifier '${c.client}' was not found in the directory '${c.tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  90002: (c) => `Tenant '${c.tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  1002012: (c) => `The provided value for scope ${c.scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
  7000222: (c) => `The provided client secret keys for app '${c.client}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
  9001023: () => 'The grant type is not supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint.',
};
// The OAuth error and HTTP status Entra sends with each code.
const KIND = {
  7000215: ['invalid_client', 401], 700016: ['unauthorized_client', 400], 90002: ['invalid_request', 400],
  1002012: ['invalid_scope', 400], 7000222: ['invalid_client', 401], 9001023: ['invalid_request', 400],
};

const b64url = (s) => Buffer.from(s).toString('base64url');

/** A real-shaped (v1, app-only) Graph access token, unsigned. */
export function accessToken(app, tenant) {
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: 'RS256', x5t: 'mock', kid: 'mock' };
  const claims = {
    aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${tenant}/`, iat: now, nbf: now, exp: now + 3599,
    app_displayname: app.name, appid: app.id, appidacr: '1', idp: `https://sts.windows.net/${tenant}/`, idtyp: 'app',
    oid: randomUUID(), rh: 'mock', sub: randomUUID(), tid: tenant, uti: 'mock', ver: '1.0',
  };
  if (app.roles.length) claims.roles = app.roles;
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${b64url('mock signature')}`;
}

export function errorBody(code, context) {
  const [error] = KIND[code];
  const trace = randomUUID();
  const correlation = randomUUID();
  const timestamp = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  return {
    error,
    error_description: `AADSTS${code}: ${TEXTS[code](context)} Trace ID: ${trace} Correlation ID: ${correlation} Timestamp: ${timestamp}`.replace(' Trace ID', '\r\nTrace ID').replace(' Correlation ID', '\r\nCorrelation ID').replace(' Timestamp', '\r\nTimestamp'),
    error_codes: [code],
    timestamp,
    trace_id: trace,
    correlation_id: correlation,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  };
}

/**
 * The mock. `handler` goes into the replica's `handlers`; `requests` records what arrived
 * (method, path, headers, the parsed form); `forceNext(code)` makes the next answer that error
 * whatever the request (for codes the extension's own checks prevent it from provoking).
 */
export function loginMock() {
  const requests = [];
  let forced = null;
  const hung = [];
  const handler = (host, url, req, res) => {
    if (host !== 'login.microsoftonline.com') return false;
    const m = url.pathname.match(/^\/([^/]+)\/oauth2\/v2\.0\/token$/);
    if (!m || req.method !== 'POST') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return true;
    }
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(body));
      const record = { path: url.pathname, search: url.search, headers: req.headers, form, raw: body };
      requests.push(record);
      const tenant = decodeURIComponent(m[1]);
      const app = Object.values(DIRECTORY.apps).find((a) => a.id === form.client_id);
      const context = { tenant, client: form.client_id, scope: form.scope };
      const fail = (code) => {
        const [, status] = KIND[code];
        record.answer = { status, body: errorBody(code, context) };
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.end(JSON.stringify(record.answer.body));
      };
      if (forced) {
        const code = forced;
        forced = null;
        return fail(code);
      }
      if (app?.cut) return req.socket.destroy();
      if (app?.hang) return hung.push(res);
      if (['common', 'consumers'].includes(tenant.toLowerCase())) return fail(9001023);
      if (tenant.toLowerCase() !== DIRECTORY.tenant && tenant.toLowerCase() !== DIRECTORY.domain) return fail(90002);
      if (!form.scope || !form.scope.endsWith('/.default')) return fail(1002012);
      if (!app) return fail(700016);
      if (form.client_secret !== app.secret) return fail(7000215);
      if (app.expired) return fail(7000222);
      record.answer = { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken(app, DIRECTORY.tenant) } };
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(record.answer.body));
    });
    return true;
  };
  return {
    handler,
    requests,
    forceNext(code) { forced = code; },
    /** Ends the requests left hanging (so the server can close). */
    release() { for (const res of hung.splice(0)) res.destroy(); },
  };
}
