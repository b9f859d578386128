# Průvodce AktionNEXT (crate/core/guides/aktionnext.toml). WinClient citujeme podle jeho českého
# rozhraní.

guide-aktionnext =
    .title = { -aktionnext }: odesílání pošty přes Microsoft 365 (Office365 OAuth2)
    .intro =
        Tento průvodce zaregistruje v { -entra } aplikaci, díky které { -aktionnext } odesílá poštu přes Microsoft Graph jako aplikace, poté co správce udělí souhlas.

        Na konci zadáte do WinClientu tři hodnoty: ID adresáře (tenanta), ID aplikace (klienta) a hodnotu tajného kódu klienta.

guide-aktionnext-not-covered-receiving = Příjem pošty: nastavení Office365 OAuth2 v { -aktionnext } se týká jen odesílání.
guide-aktionnext-not-covered-scope = Omezení, ze kterých schránek smí aplikace odesílat (RBAC pro aplikace v Exchange Online): bez něj smí odesílat jako kterýkoli uživatel vaší organizace.
guide-aktionnext-not-covered-renewal = Výměna tajného kódu klienta před koncem jeho platnosti.

guide-aktionnext-account-type =
    .title = Omezte aplikaci na svou organizaci
    .body =
        V části „Podporované typy účtů“ zvolte „Jenom účty v tomto organizačním adresáři“ (jeden tenant). Průvodce { -aktionnext } možnosti ukazuje, ale žádnou nevybírá.

        { -aktionnext } získává tokeny jako aplikace z přihlašovacího koncového bodu vaší organizace (proto chce ID adresáře (tenanta)), a k tomu stačí účty vašeho adresáře.
    .action = Vyberte „Jenom účty v tomto organizačním adresáři“.

guide-aktionnext-register =
    .title = Zaregistrujte bez identifikátoru URI pro přesměrování
    .body = Pole „Identifikátor URI pro přesměrování (nepovinné)“ nechte prázdné: { -aktionnext } odesílá poštu jako aplikace a prohlížeč uživatele nikdy nepřesměrovává. Pak aplikaci zaregistrujte; portál otevře stránku Přehled nové aplikace.
    .action = Vyberte „Zaregistrovat“ dole ve formuláři.

guide-aktionnext-api-permissions =
    .title = Přidejte oprávnění aplikace Mail.Send
    .body =
        Otevřete „Oprávnění rozhraní API“, vyberte „+ Přidat oprávnění“, pak „Microsoft Graph“ a „Oprávnění aplikace“. Do vyhledávacího pole zadejte `Mail.`, rozbalte skupinu „Mail“ a zaškrtněte `Mail.Send`.

        `User.Read` (delegované) už v seznamu je: nechte ho tam.
    .action = Zaškrtněte `Mail.Send` a vyberte „Přidat oprávnění“.

guide-aktionnext-admin-consent =
    .title = Udělte souhlas správce
    .body =
        Oprávnění aplikace nefunguje, dokud správce neudělí souhlas. Vyberte „Udělit souhlas správce pro“ s názvem vaší organizace a potvrďte volbou „Ano“; stav `Mail.Send` se změní na „Uděleno pro“ vaši organizaci. Průvodce { -aktionnext } tlačítko ukazuje na snímku, ale v textu ho nezmiňuje: bez souhlasu odesílání nefunguje.

        K tomu je potřeba role Správce privilegovaných rolí nebo Globální správce. `Mail.Send` jako oprávnění aplikace smí odesílat poštu jako kterýkoli uživatel vaší organizace.
    .action = Vyberte „Udělit souhlas správce pro…“ a potvrďte volbou „Ano“.

guide-aktionnext-copy-ids =
    .title = Načtěte ID aplikace
    .body =
        Otevřete „Přehled“. Část Základy ukazuje obě ID, která WinClient požaduje (tam pod anglickými názvy):

        - „ID adresáře (tenanta)“ patří do pole „Directory (Tenant) ID“;
        - „ID aplikace (klienta)“ patří do pole „Application (Client) ID“.
    .action = Najděte obě ID v části Základy.

guide-aktionnext-target-form =
    .title = Zadejte hodnoty do WinClientu
    .body =
        Ve WinClientu otevřete konfiguraci aplikace, záložku „Konfigurace systému“, část „Konfigurace odesílání emailů“. V poli „Autentifikace“ nastavte `Office365 OAuth2`, do pole „Odesílatel“ zadejte odesílatele a vyplňte:

        - „Directory (Tenant) ID“: { $tenantId }
        - „Application (Client) ID“: { $clientId }
        - „Client secret ID“: zkopírovanou HODNOTU tajného kódu. Navzdory názvu pole tu tajné ID nefunguje (AADSTS7000215).

        Pak odesílání ověřte tlačítkem „Test“.
    .action = Zadejte tři hodnoty do WinClientu a odešlete zkušební zprávu.
