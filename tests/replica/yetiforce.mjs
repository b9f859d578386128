// A replica of YetiForce CRM's mail server form (Settings › Mail servers › Add) under a made-up
// https host, for the replica server (`handlers`). Its structure follows YetiForce's own
// template and field model (layouts/basic/modules/Settings/MailServers/Edit.tpl,
// modules/Settings/MailServers/models/Module.php; domain.md §7): form#EditView posting to
// index.php, fields named name, auth_method (basic|oauth2), oauth_provider (provider class names,
// MSAzure labelled "MS Azure - Outlook.com (Office 365)"), client_id, client_secret (password),
// redirect_uri_id (options carrying data-redirect), the OAuth fields hidden until
// auth_method is oauth2, and IMAP/SMTP fields. A submission is recorded, never accepted.

export const YETIFORCE_HOST = 'crm.yetiforce.example';
export const YETIFORCE = `https://${YETIFORCE_HOST}`;
/** The redirect URIs of the two OAuth services the replica lists (the second is ours). */
export const REDIRECTS = {
  other: `${YETIFORCE}/webservice/OAuth/MailAccount/Gm4il0ther`,
  ours: `${YETIFORCE}/webservice/OAuth/MailAccount/8a3fK2x9Qm`,
};

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function page() {
  const field = (name, label, control, oauth = false) => `
      <div class="col-12 col-md-4 mb-2 js-field-container${oauth ? ' js-oauth d-none' : ''}">
        <label class="u-text-small-bold mb-1" for="${name}">${esc(label)}<span class="redColor">*</span>:</label>
        <div class="fieldValue m-auto">${control}</div>
      </div>`;
  const select = (name, options) => `<select id="${name}" name="${name}" class="select2 form-control">${options}</select>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Mail servers - YetiForce</title>
<style>.d-none{display:none!important} body{font:14px sans-serif;margin:16px} .col-md-4{display:inline-block;width:30%;vertical-align:top;margin:4px}</style>
</head>
<body>
<!-- tpl-Settings-MailServers-Edit -->
<div class="o-breadcrumb widget_header row"><h1>Settings › Mail servers › Add</h1></div>
<form class="form-horizontal recordEditView" id="EditView" name="EditView" method="post" action="index.php">
  <input type="hidden" name="module" value="MailServers" />
  <input type="hidden" name="parent" value="Settings" />
  <input type="hidden" name="action" value="SaveAjax" />
  <div class="js-toggle-panel c-panel"><div class="c-panel__header"><h5>Basic data</h5></div>
    <div class="c-panel__body p-2 js-block-content"><div class="form-group row mb-0">
      ${field('name', 'Subject', '<input type="text" id="name" name="name" class="form-control" maxlength="50" value="Office 365">')}
      ${field('auth_method', 'Authorization method', select('auth_method', '<option value="basic" selected>Basic authentication</option><option value="oauth2">OAuth2</option>'))}
      ${field('oauth_provider', 'OAuth Authentication Provider', select('oauth_provider', '<option value="">Select an option</option><option value="Google">Google</option><option value="MSAzure">MS Azure - Outlook.com (Office 365)</option>'), true)}
      ${field('client_id', 'Client ID', '<input type="text" id="client_id" name="client_id" class="form-control" maxlength="255">', true)}
      ${field('client_secret', 'Client secret', '<input type="password" id="client_secret" name="client_secret" class="form-control" maxlength="255" autocomplete="new-password">', true)}
      ${field('redirect_uri_id', 'Redirect URI', `${select('redirect_uri_id', `<optgroup class="p-0"><option value="" selected>Select an option</option></optgroup><option value="3" data-redirect="${esc(REDIRECTS.other)}">Gmail integration</option><option value="7" data-redirect="${esc(REDIRECTS.ours)}">Office 365 mail</option>`)}<button class="btn clipboard" type="button" data-copy-target="#redirect_uri_id" data-copy-type="redirect">Copy</button>`, true)}
    </div></div></div>
  <div class="js-toggle-panel c-panel"><div class="c-panel__header"><h5>IMAP</h5></div>
    <div class="c-panel__body p-2"><div class="form-group row mb-0">
      ${field('imap_encrypt', 'IMAP encryption', select('imap_encrypt', '<option value=""></option><option value="ssl">ssl</option><option value="tls">tls</option>'))}
      ${field('imap_host', 'IMAP host', '<input type="text" id="imap_host" name="imap_host" class="form-control">')}
      ${field('imap_port', 'IMAP port', '<input type="number" id="imap_port" name="imap_port" class="form-control">')}
    </div></div></div>
  <div class="c-form__action-panel">
    <button class="btn btn-success js-save" type="submit">Save</button>
    <button class="btn btn-danger ml-2" type="reset">Cancel</button>
  </div>
</form>
<script>
  // YetiForce shows the OAuth fields only for auth_method = oauth2.
  const auth = document.getElementById('auth_method');
  const sync = () => document.querySelectorAll('.js-oauth').forEach((el) => el.classList.toggle('d-none', auth.value !== 'oauth2'));
  auth.addEventListener('change', sync);
  sync();
  window.__events = [];
  for (const el of document.querySelectorAll('#EditView [name]')) {
    el.addEventListener('change', () => window.__events.push('change:' + el.name));
    el.addEventListener('input', () => window.__events.push('input:' + el.name));
  }
  document.getElementById('EditView').addEventListener('submit', () => { window.__submitted = true; });
</script>
</body>
</html>`;
}

/** The replica: `handler` for the replica server, `posts` records any submission. */
export function yetiforceReplica() {
  const posts = [];
  const handler = (host, url, req, res) => {
    if (host !== YETIFORCE_HOST) return false;
    if (req.method !== 'GET') {
      posts.push({ method: req.method, path: url.pathname });
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('the replica accepts no submissions');
      return true;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page());
    return true;
  };
  return { handler, posts };
}
