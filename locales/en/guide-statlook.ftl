# The Statlook guide (crate/core/guides/statlook.toml). Statlook's interface is quoted in Polish,
# as it appears, with an English gloss; "Confidental" is Statlook's own spelling.

guide-statlook =
    .title = { -statlook }: mail through Microsoft 365 (Exchange) with an application
    .intro =
        This guide registers an application in { -entra } that lets { -statlook } (Master and Web) read and send mail through Microsoft Graph as an application, without a signed-in user, after an administrator consents.

        At the end you enter four values into { -statlook }: Client ID, Client Secret, Tenant and Object ID.

guide-statlook-not-covered-usage = Choosing what { -statlook } uses the mail account for (notifications, periodic reports, Helpdesk): the last step only says where.
guide-statlook-not-covered-scope-script = Writing the Exchange Online PowerShell commands for your mailboxes: the optional step outlines them and links Microsoft's instructions.
guide-statlook-not-covered-certificates = Using a certificate instead of a client secret.
guide-statlook-not-covered-renewal = Replacing the client secret before it expires.

guide-statlook-account-type =
    .title = Keep the application to your organization
    .body =
        Under “Supported account types” choose “Accounts in this organizational directory only” (single tenant).

        { -statlook } gets its tokens as an application from your organization's own sign-in endpoint; no other organization signs in to this application.
    .action = Select “Accounts in this organizational directory only”.

guide-statlook-redirect-uri =
    .title = Choose the public client platform
    .body =
        Under “Redirect URI (optional)”, choose “Public client/native (mobile & desktop)” in the first field, as { -statlook }'s guide asks.

        The portal saves a platform only together with an address, so enter Microsoft's suggested address for this platform in the second field: `https://login.microsoftonline.com/common/oauth2/nativeclient`
    .action = Choose “Public client/native (mobile & desktop)” and enter the address.

guide-statlook-copy-ids =
    .title = Read the application's IDs
    .body =
        The Overview shows the IDs { -statlook } needs in the Essentials section. Their names differ in { -statlook }:

        - “Application (client) ID” goes into “Client ID” (“Id klienta” in { -statlook } Web);
        - “Directory (tenant) ID” goes into “Tenant” (“Najemca” in { -statlook } Web).

        Do not take the “Object ID” shown here: { -statlook }'s Object ID is the mailbox user's, read in a later step.
    .action = Find both IDs in Essentials.

guide-statlook-api-permissions =
    .title = Add the application permissions for mail
    .body =
        Open “API permissions”, select “+ Add a permission”, choose “Microsoft Graph” and then “Application permissions” (the application runs in the background, without a signed-in user). Use the search box to find and tick:

        - `Mail.ReadWrite`: read mail;
        - `Mail.Send`: send mail.

        `User.Read` (delegated) is already in the list: leave it. Application permissions let the application use every mailbox in the organization; the optional step further on limits that.
    .action = Tick both permissions, then select “Add permissions”.

guide-statlook-admin-consent =
    .title = Grant admin consent
    .body =
        Application permissions do nothing until an administrator consents. Select “Grant admin consent for” followed by your organization's name ({ -statlook }'s guide says the application's name, but the button names your organization) and confirm with “Yes”.

        This needs the Privileged Role Administrator or Global Administrator role. If the button is greyed out, ask someone with that role; they can also consent later on the enterprise application's “Permissions” page.
    .action = Select “Grant admin consent for …” and confirm with “Yes”.

guide-statlook-enterprise-app =
    .title = Check that users may sign in to the application
    .body =
        On the Overview, “Managed application in local directory” links to the application's enterprise application (its service principal). Open it, then open “Properties”.

        “Enabled for users to sign-in?” must be “Yes”; if it is “No”, { -statlook } gets no tokens. If you change it, select “Save”.
    .action = Open the enterprise application's “Properties” and make sure “Enabled for users to sign-in?” is “Yes”.

guide-statlook-user-object-id =
    .title = Find the mailbox user's Object ID
    .body =
        { -statlook }'s “Object ID” field wants the Object ID of the user whose mailbox it uses, not the application's.

        Go to Users › All users, search for the mailbox's user and open it: the “Object ID” is in the user's Overview.
    .action = Open the mailbox user and find “Object ID”.

guide-statlook-mailbox-scope =
    .title = Limit the application to the mailbox (optional)
    .body =
        As granted so far, the application may read and send mail in every mailbox of your organization. To limit it, use Exchange Online PowerShell.

        { -statlook }'s guide points to `New-ApplicationAccessPolicy`. Microsoft now replaces application access policies with RBAC for Applications in Exchange Online:

        - `Connect-ExchangeOnline` as an Exchange Administrator;
        - `New-ServicePrincipal -AppId { $clientId } -ObjectId { $servicePrincipalObjectId } -DisplayName "Statlook"` (the enterprise application's Object ID, not the app registration's);
        - a management scope that selects the mailbox (`New-ManagementScope`);
        - `New-ManagementRoleAssignment -App { $clientId } -Role "Application Mail.ReadWrite" -CustomResourceScope` with that scope, and the same for `"Application Mail.Send"`.

        These role assignments add to what { -entra } granted: the limit holds only once the organization-wide consent for `Mail.ReadWrite` and `Mail.Send` is removed in { -entra }.
    .action = If you limit the application, run the commands in Exchange Online PowerShell, then confirm here.

guide-statlook-target-form =
    .title = Enter the values in { -statlook }
    .body =
        { -statlook } Master: Narzędzia › Konta pocztowe (Tools › Mail accounts), “Nowe” (New). Enter “Adres email” (email address), then select “+” beside “Poczta przychodząca” (incoming mail). { -statlook } Web: Ustawienia (Settings, on the left) › Ustawienia aplikacji › Konta pocztowe, “Dodaj” (Add), then the same.

        In the server settings choose “Typ klienta” (client type) `Exchange (Confidental)` and fill in:

        - “Client ID” (Web: “Id klienta”): { $clientId }
        - “Client Secret” (Web: “Sekret klienta”): the secret's value you copied, not its Secret ID;
        - “Tenant” (Web: “Najemca”): { $tenantId }
        - “Object ID” (Web: “Id obiektu”): the mailbox user's Object ID, { $userObjectId }

        Run “Test pobierania” (receiving test) and “Test wysyłania” (sending test), then confirm with “OK”. The outgoing mail settings are the same and are filled in automatically.

        To choose what the account is used for: in Master, Narzędzia › Opcje › Ogólne › Konto pocztowe; in Web, Ustawienia aplikacji › Powiadomienia email.
    .action = Fill in the mail account in { -statlook }, run both tests and save.
