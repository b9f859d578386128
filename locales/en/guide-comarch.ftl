# The Comarch DMS guide (crate/core/guides/comarch.toml). Comarch DMS is quoted as its Polish
# interface shows it, with an English gloss.

guide-comarch =
    .title = { -comarch }: Microsoft 365 mail accounts with OAuth2
    .intro =
        Since version 2022.0.4 { -comarch } can use Microsoft 365 mail accounts with OAuth2: it signs in to the mailbox with tokens instead of a stored password. You register no application in { -entra }: { -comarch } signs in with Comarch's own application, and the mailbox user consents to it once.

        Most of this guide happens in the { -comarch } desktop application. The steps in the portal are only for when the consent screen does not appear and sign-in is refused.

guide-comarch-not-covered-install = Installing { -comarch } and its mail component on the IIS server.
guide-comarch-not-covered-acd-rules = The other settings of ACD configuration points (document types, rules).
guide-comarch-not-covered-smtp-auth = Turning on SMTP AUTH for the mailbox in Exchange Online, if your organization turned it off (without it sending fails with 535 5.7.3).
guide-comarch-not-covered-tokens = Signing in again when the tokens expire: press “Autoryzacja” again.

guide-comarch-mail-component =
    .title = Send mail through the IIS mail component
    .body =
        In the { -comarch } desktop application open the “Ustawienia” (Settings) tab, then “Serwer pocztowy” (Mail server).

        In “Do wysyłania wiadomości email zastosuj” (Use for sending email) choose “Komponent mailowy na serwerze IIS” (mail component on the IIS server). Office 365 accounts do not work with “Profil na serwerze SQL” (SQL Server profile).
    .action = Choose “Komponent mailowy na serwerze IIS”.

guide-comarch-smtp-account =
    .title = Set up the sending account
    .body =
        In “Ustawienia konta pocztowego” (mail account settings) set “Włącz wysyłanie wiadomości email” (enable sending) to “Tak” (Yes), fill in the account's name, “Email (wychodzący)” (outgoing address), display name and reply address, then:

        - “Nazwa serwera” (server): `smtp.office365.com` for Microsoft 365 (`smtp-mail.outlook.com` for an Outlook.com account);
        - “Port”: `587`;
        - “Metoda szyfrowania” (encryption): `Automatyczne` (automatic; the server uses STARTTLS);
        - “Metoda uwierzytelniania” (authentication): `OAuth2`;
        - “Login”: the mailbox's address.

        The mailbox must allow authenticated SMTP (SMTP AUTH) in Exchange Online.
    .action = Fill in the account with OAuth2 as the authentication method.

guide-comarch-smtp-sign-in =
    .title = Sign in and consent
    .body =
        Select “Autoryzacja” (Authorize) under the “Login” field. Your default browser opens Microsoft's sign-in page: enter the mailbox's password and sign in.

        The first time, Microsoft asks the mailbox user to let “{ -comarch }” (published by COMARCH SA) keep access to the data, read and write mail and send mail from the mailbox. Accept. An administrator also sees “Consent on behalf of your organization”: ticking it consents for every user.

        The browser then says you are signed in: close the tab. { -comarch } shows “Zalogowano użytkownika” (user signed in) with the login. Save the changes.

        If you see “Need admin approval” or error AADSTS65001 or AADSTS90094 instead of the consent screen, your organization does not let users consent: continue with the steps in the portal below.
    .action = Select “Autoryzacja”, sign in, accept, and save.

guide-comarch-imap-point =
    .title = Set up receiving in the ACD configuration points
    .body =
        For reading mail, open the “Automatyczne generowanie dokumentów” (automatic document generation) tab and the configuration point of type “Współpraca ze skrzynką pocztową (generowanie dokumentów DMS)” or “(pobieranie załączników)”. On its “Tryb współpracy” tab:

        - “Typ konta” (account type): `IMAP`;
        - “Serwer poczty przychodzącej” (incoming server): `outlook.office365.com`, port `993`, SSL/TLS. Comarch's guide shows `imap-mail.outlook.com`, an older name: use `outlook.office365.com`;
        - “Metoda uwierzytelniania”: `OAuth2`;
        - “Login”: the mailbox's address.

        Select “Autoryzacja”, sign in and accept as before; when { -comarch } shows “Zalogowano użytkownika”, select “Zapisz” (Save).
    .action = Fill in the configuration point with OAuth2, authorize and save.

guide-comarch-user-consent-settings =
    .title = Check whether users may consent (if sign-in was refused)
    .body =
        In { -entra } open Enterprise applications › Consent and permissions › “User consent settings”. If “User consent for applications” is “Do not allow user consent”, mailbox users cannot consent to { -comarch } themselves.

        You do not have to change this policy: granting admin consent to { -comarch } (next steps) is the narrower fix. Changing it needs the Privileged Role Administrator role.
    .action = Read the setting under “User consent for applications”.

guide-comarch-enterprise-app =
    .title = Find the { -comarch } enterprise application
    .body =
        In Enterprise applications › All applications search for `{ -comarch }` and open it.

        It is listed once someone has started signing in to it. If it is not, the simplest way is for an administrator to select “Autoryzacja” in { -comarch }, sign in with their own account and tick “Consent on behalf of your organization” on the consent screen: that consents for everyone, and the next steps are not needed.
    .action = Search for “{ -comarch }” and open it.

guide-comarch-admin-consent =
    .title = Grant admin consent to { -comarch }
    .body =
        Open “Permissions” in the enterprise application's menu, select “Grant admin consent for” followed by your organization's name, check the permissions the sign-in window lists, and accept.

        Then ask the mailbox users to select “Autoryzacja” again in { -comarch }.
    .action = Select “Grant admin consent for …” and accept.
