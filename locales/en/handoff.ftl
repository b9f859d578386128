# The hand-over: the credential check, the copy panels, filling YetiForce's form and the files.

## Labels the target applications show, kept exactly as each application shows them in this
## language. They are terms because they are the applications' own words, not ours.
## YetiForce CRM has no Czech interface, AktionNEXT and Comarch DMS show these labels the same in
## every language: keep those as they are.

-yetiforce-label-auth-method = Authorization method
-yetiforce-label-provider = OAuth Authentication Provider
-yetiforce-label-client-id = Client ID
-yetiforce-label-client-secret = Client secret
-yetiforce-label-redirect-uri = Redirect URI
-yetiforce-option-oauth2 = OAuth2
-yetiforce-option-provider = MS Azure - Outlook.com (Office 365)
# Statlook Master shows the client settings with English names in every language (Statlook's guide).
-statlook-master-label-client-type = Client type
-statlook-master-label-client-id = Client ID
-statlook-master-label-client-secret = Client Secret
-statlook-master-label-tenant = Tenant
-statlook-master-label-object-id = Object ID
# Statlook's own spelling ("Confidental") is kept on purpose: it is what the list shows.
-statlook-option-exchange = Exchange (Confidental)
-statlook-web-label-client-type = Client type
-statlook-web-label-client-id = Client ID
-statlook-web-label-client-secret = Client secret
-statlook-web-label-tenant = Tenant
-statlook-web-label-object-id = Object ID
-aktionnext-label-authentication = Autentifikace
-aktionnext-label-tenant = Directory (Tenant) ID
-aktionnext-label-client-id = Application (Client) ID
-aktionnext-label-client-secret = Client secret ID
-aktionnext-option-oauth2 = Office365 OAuth2
-comarch-label-auth-method = Metoda uwierzytelniania
-comarch-label-server = Nazwa serwera
-comarch-label-port = Port
-comarch-label-encryption = Metoda szyfrowania
-comarch-label-account-type = Typ konta
-comarch-label-incoming-server = Serwer poczty przychodzącej
-comarch-option-oauth2 = OAuth2
-comarch-option-automatic = Automatyczne
-comarch-option-imap = IMAP
# Where each form is, in the application's own menu words.
-yetiforce-place = Settings › Mail servers › Add
-statlook-master = Statlook Master
# From Statlook's Polish guide; the wording of the English interface is not verified.
-statlook-master-place = Narzędzia › Konta pocztowe › Nowe › Poczta wychodząca (+)
-statlook-web = Statlook Web
-statlook-web-place = Ustawienia › Konta pocztowe › Dodaj › Poczta przychodząca (+)
-aktionnext-winclient = AktionNEXT WinClient
-aktionnext-place = Konfigurace systému › Konfigurace odesílání emailů
-comarch-smtp-section = Serwer pocztowy
-comarch-smtp-place = Ustawienia › Serwer pocztowy › Komponent mailowy na serwerze IIS
-comarch-imap-section = Punkt konfiguracyjny ACD
-comarch-imap-place = Punkt konfiguracyjny › Tryb współpracy › Współpraca ze skrzynką pocztową
# Microsoft 365's mail servers (host names, not words).
-m365-smtp-host = smtp.office365.com
-m365-imap-host = outlook.office365.com

## The credential check

credcheck-input-secret = Client secret value
credcheck-input-redirect-uri = Redirect URI
credcheck-input-permissions = Application permissions
credcheck-missing-tenant = Enter the Directory (tenant) ID from the app's Overview page.
credcheck-missing-client = Enter the Application (client) ID from the app's Overview page.
credcheck-missing-secret = Enter the client secret's Value (Certificates & secrets), not its Secret ID.
credcheck-vendor = { $target } signs in with its vendor's own application: there are no credentials of yours to check.
credcheck-vendor-consent = The mailbox user signs in with the "Autoryzacja" button in { $target }. If users may not consent to apps in your organization, grant admin consent to the { $target } enterprise application.
credcheck-delegated = Checked without signing in: the values look right. { $target } signs users in itself, so the real test happens there.
credcheck-delegated-fix = Fix the values below before you enter them in { $target }.
credcheck-delegated-how-yetiforce = After you save the mail server in { $target }, sign in with its Microsoft button: a user's sign-in and consent are the only way to get a token for IMAP and SMTP.
credcheck-not-sent = Fix the values below first: nothing was sent to Microsoft.
credcheck-token-ok = The credentials work: Microsoft issued a token with every application permission { $target } needs.
credcheck-token-missing = The credentials work, but the token lacks { $count ->
    [one] one permission
   *[other] { $count } permissions
} that { $target } needs.
# $role is a permission name such as Mail.Send.
credcheck-role-missing = { $role } is not in the token: it is missing from "API permissions", or admin consent has not been granted for it. Select "Grant admin consent for" your organization.
credcheck-roles-extra = The token also carries { $count ->
    [one] a permission
   *[other] permissions
} the application does not need: { $roles }. Remove what it does not use.
credcheck-other-tenant = The token was issued by another tenant ({ $tid }) than the one entered.
credcheck-token-unreadable = Microsoft issued a token, so the secret is right; which permissions it carries could not be read.
credcheck-refused = Microsoft refused the credentials ({ $code }): { $title }.
credcheck-error-unknown =
    .title = An error regpilot does not explain
    .cause = Microsoft's own text below says what went wrong.
    .fix = Open Microsoft's page for this code, or search for the code in Microsoft's documentation.
credcheck-network = Could not reach { $host } ({ $detail }). Check the network connection, proxy or firewall; nothing was checked.
credcheck-timeout = { $host } did not answer within { $seconds } seconds. Check the network connection or proxy and try again.
credcheck-unexpected = { $host } answered with something that is neither a token nor a Microsoft error (HTTP { $status }). A proxy may be in the way.

## Copy panels

handoff-panel-yetiforce = { -yetiforce }
    .place = { -yetiforce-place }
handoff-panel-statlook-master = { -statlook-master }
    .place = { -statlook-master-place }
handoff-panel-statlook-web = { -statlook-web }
    .place = { -statlook-web-place }
handoff-panel-aktionnext = { -aktionnext-winclient }
    .place = { -aktionnext-place }
handoff-panel-comarch-smtp = { -comarch }: { -comarch-smtp-section }
    .place = { -comarch-smtp-place }
handoff-panel-comarch-imap = { -comarch }: { -comarch-imap-section }
    .place = { -comarch-imap-place }

handoff-yetiforce-auth-method = { -yetiforce-label-auth-method }
    .hint = choose this option
handoff-yetiforce-auth-method-value = { -yetiforce-option-oauth2 }
handoff-yetiforce-provider = { -yetiforce-label-provider }
    .hint = choose this provider
handoff-yetiforce-provider-value = { -yetiforce-option-provider }
handoff-yetiforce-client-id = { -yetiforce-label-client-id }
    .hint = the Application (client) ID
handoff-yetiforce-client-secret = { -yetiforce-label-client-secret }
    .hint = the client secret's Value
handoff-yetiforce-redirect-uri = { -yetiforce-label-redirect-uri }
    .hint = choose the option with this address

handoff-statlook-master-client-type = { -statlook-master-label-client-type }
    .hint = choose this type
handoff-statlook-master-client-type-value = { -statlook-option-exchange }
handoff-statlook-master-client-id = { -statlook-master-label-client-id }
    .hint = the Application (client) ID
handoff-statlook-master-client-secret = { -statlook-master-label-client-secret }
    .hint = the client secret's Value
handoff-statlook-master-tenant = { -statlook-master-label-tenant }
    .hint = the Directory (tenant) ID
handoff-statlook-master-object-id = { -statlook-master-label-object-id }
    .hint = the mailbox user's Object ID (Users), not the app's

handoff-statlook-web-client-type = { -statlook-web-label-client-type }
    .hint = choose this type
handoff-statlook-web-client-type-value = { -statlook-option-exchange }
handoff-statlook-web-client-id = { -statlook-web-label-client-id }
    .hint = the Application (client) ID
handoff-statlook-web-client-secret = { -statlook-web-label-client-secret }
    .hint = the client secret's Value
handoff-statlook-web-tenant = { -statlook-web-label-tenant }
    .hint = the Directory (tenant) ID
handoff-statlook-web-object-id = { -statlook-web-label-object-id }
    .hint = the mailbox user's Object ID (Users), not the app's

handoff-aktionnext-authentication = { -aktionnext-label-authentication }
    .hint = choose this method
handoff-aktionnext-authentication-value = { -aktionnext-option-oauth2 }
handoff-aktionnext-tenant = { -aktionnext-label-tenant }
    .hint = the Directory (tenant) ID
handoff-aktionnext-client-id = { -aktionnext-label-client-id }
    .hint = the Application (client) ID
handoff-aktionnext-client-secret = { -aktionnext-label-client-secret }
    .hint = despite the label: the secret's Value, not its Secret ID

handoff-comarch-smtp-auth-method = { -comarch-label-auth-method }
    .hint = choose this method, then press "Autoryzacja"
handoff-comarch-smtp-auth-method-value = { -comarch-option-oauth2 }
handoff-comarch-smtp-server = { -comarch-label-server }
    .hint = Microsoft 365's SMTP server
handoff-comarch-smtp-server-value = { -m365-smtp-host }
handoff-comarch-smtp-port = { -comarch-label-port }
    .hint = SMTP with STARTTLS
handoff-comarch-smtp-port-value = 587
handoff-comarch-smtp-encryption = { -comarch-label-encryption }
    .hint = choose this option
handoff-comarch-smtp-encryption-value = { -comarch-option-automatic }
handoff-comarch-imap-account-type = { -comarch-label-account-type }
    .hint = choose this type
handoff-comarch-imap-account-type-value = { -comarch-option-imap }
handoff-comarch-imap-server = { -comarch-label-incoming-server }
    .hint = Microsoft 365's IMAP server (the guide's imap-mail.outlook.com is an older name)
handoff-comarch-imap-server-value = { -m365-imap-host }
handoff-comarch-imap-port = { -comarch-label-port }
    .hint = IMAP over SSL/TLS
handoff-comarch-imap-port-value = 993
handoff-comarch-imap-auth-method = { -comarch-label-auth-method }
    .hint = choose this method, then press "Autoryzacja"
handoff-comarch-imap-auth-method-value = { -comarch-option-oauth2 }

handoff-copy-no-secret = No client secret is stored: enter its Value in the credential check first.
handoff-copy-secret-done = The client secret is in the clipboard. It is cleared in { $seconds } seconds if it is still there.
handoff-copy-failed = The clipboard could not be written ({ $detail }).
# $length is the number of characters of the secret, which is never shown.
handoff-masked = •••• ({ $length ->
    [one] { $length } character
   *[other] { $length } characters
})

## Filling YetiForce's form

handoff-autofill-bad-origin = Enter your YetiForce address starting with https://, for example https://crm.example.com.
handoff-autofill-not-submitted = The form was not saved: check it in YetiForce and press "Save" there.
handoff-autofill-error = The page at { $origin } could not be filled ({ $detail }).
handoff-autofill-no-tab = No tab shows { $origin }. Open the mail server form there (Settings › Mail servers › Add) and try again.
handoff-autofill-no-form = The tab at { $origin } does not show the mail server form. Open Settings › Mail servers › Add there and try again.
handoff-autofill-done = The mail server form at { $origin } is filled in.
handoff-autofill-partly = The mail server form at { $origin } is filled in, except { $count ->
    [one] one field
   *[other] { $count } fields
}: see below.
handoff-fill-filled = filled in
handoff-fill-no-field = not in the form
handoff-fill-no-option = no option with this address: add the redirect URI in YetiForce first
handoff-fill-no-value = not captured yet

## Files

handoff-format-json = JSON bundle
handoff-format-env = .env file
handoff-format-ics = Calendar reminder (.ics)
handoff-format-az = Azure CLI script
handoff-format-pwsh = PowerShell script (Microsoft Graph)
handoff-format-manifest = Permissions for the manifest (requiredResourceAccess)
handoff-export-bad-time = The export needs the current time; reload the guide and try again.
handoff-export-missing = Not captured yet: { $fields }. Finish the guide's steps first.

## The overlay's hand-over section (texts without variables)

handoff-ui-cred-title = Check the credentials
handoff-ui-cred-tenant = Directory (tenant) ID
handoff-ui-cred-client = Application (client) ID
handoff-ui-cred-secret = Client secret value
handoff-ui-cred-secret-stored = A client secret is kept for this browser session.
handoff-ui-cred-secret-forget = Forget it
handoff-ui-cred-check = Check
overlay-cred-checking = Checking…
handoff-ui-cred-roles = Application permissions
handoff-ui-cred-granted = granted
handoff-ui-cred-missing = missing
handoff-ui-cred-not-needed = not needed
handoff-ui-cred-why = Why
handoff-ui-cred-fix = What to do
handoff-ui-cred-entra-says = Microsoft's message
handoff-ui-cred-trace = Trace ID
handoff-ui-cred-correlation = Correlation ID
handoff-ui-cred-lookup = Microsoft's page for this code
handoff-ui-copy-title = Values for the application
overlay-handoff-copy = Copy
overlay-handoff-copied = Copied
overlay-handoff-copy-failed = Could not copy
handoff-ui-not-captured = not captured yet
handoff-ui-hidden = hidden
handoff-ui-autofill-title = Fill the form in YetiForce
handoff-ui-autofill-address = Your YetiForce address
handoff-ui-autofill-button = Fill the form
overlay-autofill-denied = Access to this address was not allowed: nothing was filled in.
overlay-autofill-bad-address = Enter an address starting with https://.
handoff-ui-export-title = Files
handoff-ui-export-include-secret = Include the client secret (JSON and .env only; keep the file safe)
