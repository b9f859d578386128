# The AktionNEXT guide (crate/core/guides/aktionnext.toml). WinClient is quoted as its Czech
# interface shows it, with an English gloss.

guide-aktionnext =
    .title = { -aktionnext }: sending mail through Microsoft 365 (Office365 OAuth2)
    .intro =
        This guide registers an application in { -entra } that lets { -aktionnext } send mail through Microsoft Graph as an application, after an administrator consents.

        At the end you enter three values in WinClient: the Directory (tenant) ID, the Application (client) ID and the client secret's value.

guide-aktionnext-not-covered-receiving = Receiving mail: { -aktionnext }'s Office365 OAuth2 setting covers sending only.
guide-aktionnext-not-covered-scope = Limiting which mailboxes the application may send from (RBAC for Applications in Exchange Online): without it, it may send as any user of your organization.
guide-aktionnext-not-covered-renewal = Replacing the client secret before it expires.

guide-aktionnext-account-type =
    .title = Keep the application to your organization
    .body =
        Under “Supported account types” choose “Accounts in this organizational directory only” (single tenant). { -aktionnext }'s guide shows the choices without picking one.

        { -aktionnext } gets its tokens as an application from your organization's own sign-in endpoint (that is why it asks for the Directory (tenant) ID); no other organization signs in to this application.
    .action = Select “Accounts in this organizational directory only”.

guide-aktionnext-register =
    .title = Register without a redirect URI
    .body = Leave “Redirect URI (optional)” empty: { -aktionnext } sends mail as an application and never redirects a user's browser. Then register; the portal opens the new application's Overview.
    .action = Select “Register” at the bottom of the form.

guide-aktionnext-api-permissions =
    .title = Add the Mail.Send application permission
    .body =
        Open “API permissions”, select “+ Add a permission”, choose “Microsoft Graph” and then “Application permissions”. Type `Mail.` in the search box, open the “Mail” group and tick `Mail.Send`.

        `User.Read` (delegated) is already in the list: leave it.
    .action = Tick `Mail.Send`, then select “Add permissions”.

guide-aktionnext-admin-consent =
    .title = Grant admin consent
    .body =
        An application permission does nothing until an administrator consents. Select “Grant admin consent for” followed by your organization's name and confirm with “Yes”; the status of `Mail.Send` turns to “Granted for” your organization. { -aktionnext }'s guide shows this button in a screenshot but never says to press it: without consent, sending does not work.

        This needs the Privileged Role Administrator or Global Administrator role. `Mail.Send` as an application may send mail as any user of your organization.
    .action = Select “Grant admin consent for …” and confirm with “Yes”.

guide-aktionnext-copy-ids =
    .title = Read the application's IDs
    .body =
        Open “Overview”. The Essentials section shows the two IDs WinClient asks for under the same names:

        - “Directory (tenant) ID” goes into “Directory (Tenant) ID”;
        - “Application (client) ID” goes into “Application (Client) ID”.
    .action = Find both IDs in Essentials.

guide-aktionnext-target-form =
    .title = Enter the values in WinClient
    .body =
        In WinClient open the application configuration, tab “Konfigurace systému” (system configuration), section “Konfigurace odesílání emailů” (sending mail). Set “Autentifikace” (authentication) to `Office365 OAuth2`, enter the sender in “Odesílatel”, and fill in:

        - “Directory (Tenant) ID”: { $tenantId }
        - “Application (Client) ID”: { $clientId }
        - “Client secret ID”: the secret's VALUE you copied. Despite the field's name, the Secret ID does not work here (AADSTS7000215).

        Then check sending with the “Test” button.
    .action = Fill in the three values in WinClient and send a test.
