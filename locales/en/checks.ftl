# Checks: messages for the findings of regpilot's validators (redirect URIs, permissions, IDs,
# secrets) and the AADSTS explainer. Each message says what is wrong and how to fix it.
# Portal labels are quoted as the English Azure portal shows them.

## Names shown inside messages

checks-target-yetiforce = { -yetiforce }
checks-target-statlook = { -statlook }
checks-target-aktionnext = { -aktionnext }
checks-target-comarch = { -comarch }

# The platform names of "Add a platform" on the Authentication page.
checks-platform-web = Web
checks-platform-spa = Single-page application
checks-platform-installed = Mobile and desktop applications

# The tabs of "Request API permissions".
checks-kind-delegated = Delegated permissions
checks-kind-application = Application permissions

# The field names on the app's Overview page.
checks-field-tenant = Directory (tenant) ID
checks-field-client = Application (client) ID
checks-field-object = Object ID
checks-field-secret = client secret value

# The options of "Supported account types".
checks-audience-azureadmyorg = Accounts in this organizational directory only (single tenant)
checks-audience-azureadmultipleorgs = Accounts in any organizational directory (multitenant)
checks-audience-azureadandpersonalmicrosoftaccount = Accounts in any organizational directory and personal Microsoft accounts
checks-audience-personalmicrosoftaccount = Personal Microsoft accounts only

## Verdicts and severities

checks-verdict-ok = ok
checks-verdict-warning = warning
checks-verdict-error = error

## Redirect URIs

checks-https-required-web = A redirect URI for the { checks-platform-web } platform must start with https:// (http:// only for localhost), not { $scheme }:.
checks-https-required-spa = A redirect URI for a { checks-platform-spa } must start with https:// (http:// only for localhost), not { $scheme }:.
checks-https-required-installed = { $scheme }: cannot be a redirect URI. Use https://, http://localhost or your app's own scheme (for example msal<client ID>://auth).
checks-http-localhost-only = Only localhost may use http://. Use https instead: { $suggestion }
checks-loopback-ip = The portal's Redirect URI box does not accept http://127.0.0.1. Enter it in the app's Manifest instead, or use { $suggestion }.
checks-ipv6-loopback = Entra does not support the IPv6 loopback address [::1]. Use { $suggestion } instead.
checks-bad-char = Entra does not allow the character { $char } in redirect URIs (nor any of ! $ ' ( ) , ;). Remove it, or encode it (for example %2C for a comma) if your app expects it.
checks-bad-char-space = A redirect URI cannot contain spaces or invisible characters. Remove them, or write a space as %20.
checks-bad-char-uri = The character { $char } is not allowed in a URI. Remove it, or percent-encode it.
checks-bad-char-unicode = The character { $char } must be percent-encoded in a redirect URI. Copy the URI from your app's address bar or settings, which encode it for you.
checks-bad-char-percent = A % sign must be followed by two hexadecimal digits (such as %20). Write a literal % as %25.
checks-bad-char-host = A host name cannot contain { $char }. Check the address of your server.
checks-bad-port = The port { $port } is not valid: use a number from 1 to 65535, or leave out the colon.
checks-too-long = This redirect URI has { $length } characters; Entra allows at most { $max }. Shorten the path.
checks-idn = Entra does not support internationalized domain names such as { $host }. Use an ASCII host name for your server.
checks-idn-tenant = { $host } is an internationalized domain name, which cannot name a tenant. Use the Directory (tenant) ID or your contoso.onmicrosoft.com domain.
checks-query-with-personal = Apps that allow personal Microsoft accounts cannot have a query string (?…) in a redirect URI. Remove it ({ $suggestion }), or under "Supported account types" choose work or school accounts only.
checks-wildcard = Wildcards (*) are not allowed in a redirect URI. Register every exact address instead.
checks-fragment = A redirect URI cannot contain a fragment (#…). Remove it: { $suggestion }
checks-userinfo = A redirect URI cannot contain a user name or password before @. Remove that part.
checks-whitespace = There are spaces at the start or end. Remove them: { $suggestion }
checks-not-absolute-no-scheme = This is not a full address. Start it with https://, for example { $suggestion }
checks-not-absolute-scheme-relative = The address has no scheme. Start it with https:, for example { $suggestion }
checks-not-absolute-slashes = After the scheme come two slashes: { $suggestion }
checks-not-absolute-host = The address has no host name after //. Add your server's name.
checks-empty = Nothing was entered.
checks-empty-scopes = No permissions were given. { $target } needs: { $needed }.
checks-duplicate = This redirect URI is already in the list (no. { $first }). Remove the copy.
checks-duplicate-equivalent = This is the same address as no. { $first }, spelled differently. Keep one of them.
checks-duplicate-port = Entra ignores the port of localhost addresses, so this matches no. { $first }: it will pick one of them at random. Keep one.
checks-duplicate-scope = { $scope } is listed twice. Once is enough.
checks-too-many = Too many redirect URIs: an app with the account type { $audience } may have at most { $max }. Remove the ones you no longer use.
checks-yetiforce-path = { -yetiforce } expects a redirect URI that ends with { $expected }<key>. Copy it with the copy button next to "Redirect URI" in { -yetiforce }'s mail server settings.
checks-yetiforce-path-case = The path must be written exactly as { $expected } (upper and lower case matter). Copy the URI from { -yetiforce } instead of typing it.
checks-yetiforce-path-query = { -yetiforce }'s redirect URI has no query string (?…): it ends with { $expected }<key>. Copy it from { -yetiforce } instead of editing it.
checks-yetiforce-path-key = The key after { $expected } is missing or wrong: it is letters and digits only. Copy the whole URI from { -yetiforce }.
checks-wrong-platform = { $target } needs this redirect URI under the platform "{ $expected-platform }", not "{ $platform }". On the Authentication page, add it under "{ $expected-platform }" and remove it here.

## Scopes and permissions

checks-unknown-scope = { $scope } is not a permission { $target } uses. Check the spelling, or remove it.
checks-typo-scope = Did you mean { $suggestion }? Use the exact name.
checks-wrong-kind = { $target } needs { $scope } under "{ $kind }". In "Request API permissions", choose "{ $kind }" and add it there; remove the other one.
checks-wrong-kind-only = { $scope } exists only under "{ $kind }", so it does not belong here, and { $target } does not need it. Remove it.
checks-wrong-resource = For IMAP, POP and SMTP the scope must name the Outlook resource: { $suggestion }. A Microsoft Graph token does not work for mail protocols.
checks-wrong-resource-oidc = Write { $suggestion } without a resource address in front.
checks-wrong-resource-outlook = The Outlook REST API is retired. Use the Microsoft Graph scope: { $suggestion }
checks-missing-scope = { $target } needs { $scope } ({ $kind }). In "API permissions", choose "Add a permission", then Microsoft Graph, and add it.
checks-missing-scope-offline = { $target } needs offline_access: without it there is no refresh token and the mailbox stops working after about an hour. Add offline_access (Microsoft Graph, "{ checks-kind-delegated }").
checks-excess-scope = { $target } does not need { $scope }. Remove it, so the app gets only what it uses ({ $needed }).
checks-default-scope = .default is not a permission to add: a token request uses it to ask for all permissions added to the app. Add the permissions themselves: { $needed }.
checks-missing-consent = { $scope } needs admin consent, and it has not been granted. In "API permissions", select "Grant admin consent for" your organization.

## IDs and secrets

checks-not-guid = The { $field } is a GUID of 32 hexadecimal digits, like 0f8fad5b-d9cb-469f-a165-70867728950e. Copy it from the app's Overview page.
checks-not-guid-tenant = A tenant is a GUID (the { checks-field-tenant } on the Overview page) or a verified domain such as contoso.onmicrosoft.com. Copy it from the Overview page.
checks-not-guid-email = This is an email address. For the { $field } use the domain only: { $suggestion }
checks-not-guid-url = This is an address, not the { $field }. Paste only the ID: { $suggestion }
checks-not-guid-url-none = This is an address, not the { $field }. Copy only the ID from the app's Overview page.
checks-not-guid-secret = This looks like a client secret, not the { $field }. Copy the { $field } from the app's Overview page.
checks-not-guid-nil = 00000000-0000-0000-0000-000000000000 is an empty placeholder, not a real { $field }. Copy the real one from the Overview page.
checks-not-guid-char = { $char } cannot be part of the { $field }: a GUID has only the digits 0–9, the letters a–f and dashes. Copy it again from the Overview page.
checks-not-guid-length = The { $field } has 32 hexadecimal digits, this has { $digits }. Part of it is missing or extra: copy it again.
checks-secret-id-not-value = This is the Secret ID, not the secret. Under "Certificates & secrets", copy the "Value" column instead (signing in with the Secret ID fails with { $code }).
checks-secret-id-not-value-aktionnext = This is the Secret ID, not the secret. { $target }'s field "Client secret ID" in fact wants the secret's "Value" from "Certificates & secrets" (the Secret ID fails with { $code }).
checks-secret-shape = This does not look like a client secret value (it has { $length } characters). Copy the "Value" column of the secret under "Certificates & secrets".
checks-secret-shape-masked = This is the masked secret. The portal shows the value only once, right after "Add": create a new client secret and copy its "Value" at once.
checks-secret-shape-char = A client secret cannot contain { $char }. Copy the value again, without spaces or quotes.
checks-secret-shape-length = This secret has { $length } characters; a secret of this kind has { $expected }. Part of it is missing or extra: copy the whole "Value" again.
checks-secret-shape-legacy = This looks like an older form of client secret. It works until it expires, but check that you copied the "Value", not the "Secret ID".
checks-secret-expired = The secret expired on { $date } ({ $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}); sign-in fails with { $code }. Create a new client secret and enter its value.
checks-secret-expiring = The secret expires on { $date } ({ $days ->
    [0] today
    [one] in { $days } day
   *[other] in { $days } days
}). Create a new client secret now and replace the value before then.
checks-bad-date = Enter the date as 2026-05-31, 31.05.2026 or 5/31/2026.
checks-tenant-alias-app-only = { $target } signs in as the app itself, which does not work with "{ $alias }". Enter your { checks-field-tenant } (a GUID) or your domain.

## Across fields

checks-single-tenant-on-common = { $target } signs in through the shared /common endpoint, where a single-tenant app fails with { $code }. Under "Supported account types", choose "{ checks-audience-azureadmultipleorgs }".
checks-wrong-audience = { $target } reads work mailboxes, which an app for personal Microsoft accounts only cannot reach. Under "Supported account types", choose an option with organizational accounts.
checks-wrong-audience-personal = { $target } does not need personal Microsoft accounts, and allowing them adds limits (no query strings, fewer redirect URIs, two secrets at most). Choose "{ checks-audience-azureadmyorg }".

## CLI

checks-cli-summary = { $inputs ->
    [one] { $inputs } value checked
   *[other] { $inputs } values checked
}: { $errors } with errors, { $warnings } with warnings.
checks-cli-explain-cause = Cause
checks-cli-explain-fix = Fix
checks-cli-explain-undocumented = Microsoft's error code reference does not list this code; the explanation follows the error's own text.
checks-cli-explain-unknown = { $code } is not one of the codes regpilot explains. Microsoft's lookup page: { $url }
checks-cli-usage = usage: regpilot check redirect-uri --platform web|spa|installed --audience AUDIENCE [--target T] [--lang L] [--json] URI…
    regpilot check scopes --target T --kind delegated|application [--lang L] [--json] SCOPE…
    regpilot check id --field tenant|client|object|secret|expiry [--target T] [--lang L] [--json] VALUE…
    regpilot explain AADSTS-CODE [--lang L]
    A lone - reads the values from standard input, one per line.
checks-cli-bad-value = unknown { $option } '{ $value }' (valid: { $valid })
checks-cli-missing-option = missing option --{ $option }
checks-cli-no-input = nothing to check: give at least one value, or - to read them from standard input
checks-cli-bad-code = '{ $value }' is not an AADSTS code (for example AADSTS50194 or 50194)
checks-cli-unknown-subcommand = unknown check '{ $value }' (valid: redirect-uri, scopes, id)

## AADSTS errors

checks-aadsts-50011 =
    .title = The redirect URI does not match any registered one
    .cause = The application signs in with a redirect URI that is not registered exactly (scheme, host, port, path and case) in the app registration, or is registered under another platform.
    .fix = Copy the redirect URI from the application's settings and add it exactly under Authentication, on the platform the application uses (for { -yetiforce }: Web).
checks-aadsts-500113 =
    .title = No reply address is registered for the application
    .cause = The app registration has no redirect URI at all.
    .fix = Under Authentication, add a platform and the application's redirect URI.
checks-aadsts-7000215 =
    .title = Invalid client secret
    .cause = The secret sent is not a valid secret of this app. Most often the Secret ID was copied instead of the secret's Value.
    .fix = Under "Certificates & secrets" create a new client secret, copy its "Value" at once (it is shown only once) and enter it in the application.
checks-aadsts-7000222 =
    .title = The client secret has expired
    .cause = The secret's expiry date has passed.
    .fix = Under "Certificates & secrets" create a new client secret, enter its value in the application, then delete the expired one.
checks-aadsts-70002 =
    .title = The client credentials are not valid
    .cause = The secret or the client ID does not belong to this app, or the secret was typed incorrectly.
    .fix = Check the Application (client) ID on the Overview page and enter a freshly created secret value.
checks-aadsts-700025 =
    .title = A public client cannot send a secret
    .cause = The app is treated as a public client, most often because the redirect URI was added under "Mobile and desktop applications" instead of Web, or "Allow public client flows" is on.
    .fix = Under Authentication, move the redirect URI to the Web platform and set "Allow public client flows" to No.
checks-aadsts-700016 =
    .title = The application was not found in the directory
    .cause = The client ID is wrong, or the sign-in uses a tenant in which the app is not registered.
    .fix = Copy the Application (client) ID and the Directory (tenant) ID again from the app's Overview page.
checks-aadsts-90002 =
    .title = Tenant not found
    .cause = The tenant ID or domain in the sign-in address does not exist, or has a typo.
    .fix = Copy the Directory (tenant) ID from the app's Overview page, or use a verified domain of your organization.
checks-aadsts-65001 =
    .title = Consent is missing
    .cause = Neither the user nor an administrator has consented to the permissions the application asks for.
    .fix = In "API permissions", select "Grant admin consent for" your organization, or let the user accept the consent screen.
checks-aadsts-90094 =
    .title = Administrator consent is required
    .cause = The permissions need an administrator's consent, or your organization does not let users consent to apps.
    .fix = An administrator selects "Grant admin consent for" your organization in "API permissions" (for a vendor's app: in Enterprise applications, Permissions).
checks-aadsts-50020 =
    .title = The account is from another organization
    .cause = The user signs in with an account of another tenant (or a personal account) that this app does not accept.
    .fix = Sign in with an account of your organization, or change "Supported account types" to accept accounts of any organization.
checks-aadsts-500208 =
    .title = The account type does not fit
    .cause = The domain is not valid for this kind of account: for example a personal account in an app for work accounts only, or the other way round.
    .fix = Sign in with the kind of account the app supports, or change "Supported account types".
checks-aadsts-50194 =
    .title = A single-tenant app signed in on /common
    .cause = The app accepts only accounts of its own organization, but the application signs in through the shared /common endpoint ({ -yetiforce } does).
    .fix = Under Authentication, "Supported account types", choose "Accounts in any organizational directory" (multitenant), and save.
checks-aadsts-9001023 =
    .title = This sign-in is not supported on /common or /consumers
    .cause = An app signing in as itself (client credentials) used the /common or /consumers endpoint.
    .fix = Enter the Directory (tenant) ID or your domain as the tenant in the application, not common, organizations or consumers.
checks-aadsts-90102 =
    .title = The redirect_uri is not a valid absolute URI
    .cause = The redirect URI sent is not a full address (scheme and host missing, or invalid characters).
    .fix = Use the full address, starting with https://, exactly as registered under Authentication.
checks-aadsts-70011 =
    .title = The scope is not valid
    .cause = A requested scope is misspelt, belongs to another resource, or mixes delegated scopes with .default.
    .fix = Request the exact names (for mail protocols https://outlook.office.com/IMAP.AccessAsUser.All and https://outlook.office.com/SMTP.Send with offline_access), or only .default for app-only access.
checks-aadsts-700082 =
    .title = The refresh token has expired
    .cause = The application has not refreshed its token for a long time (about 90 days), or the user's password or sessions were reset.
    .fix = Authorize the mailbox again in the application (sign in once more).
checks-aadsts-50076 =
    .title = Multi-factor authentication is required
    .cause = A policy requires MFA and the sign-in did not provide it.
    .fix = Sign in interactively and complete MFA. App-only access is not affected by MFA.
checks-aadsts-53003 =
    .title = Blocked by Conditional Access
    .cause = A Conditional Access policy blocked this sign-in (location, device or application).
    .fix = An administrator checks the sign-in logs in { -entra } and adjusts the policy or excludes this app.
checks-aadsts-9002326 =
    .title = Cross-origin token redemption is only for single-page applications
    .cause = A browser page redeemed the code, but the redirect URI is registered under Web.
    .fix = Register the URI under "Single-page application" if the code is redeemed in the browser; server applications (like { -yetiforce }) keep it under Web.
checks-aadsts-9002327 =
    .title = Single-page application tokens can only be redeemed from the browser
    .cause = The redirect URI is registered under "Single-page application", but a server redeems the code.
    .fix = Under Authentication, move the redirect URI from "Single-page application" to Web.
checks-aadsts-1002012 =
    .title = App-only access needs a .default scope
    .cause = An app signing in as itself asked for named permissions instead of the resource's .default scope.
    .fix = Request https://graph.microsoft.com/.default (or https://outlook.office365.com/.default for IMAP and POP), and add the permissions in "API permissions" with admin consent.
