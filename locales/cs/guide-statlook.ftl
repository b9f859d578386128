# Průvodce Statlook (crate/core/guides/statlook.toml). Rozhraní Statlooku citujeme polsky, jak se
# zobrazuje, s českým vysvětlením; „Confidental“ je pravopis samotného Statlooku.

guide-statlook =
    .title = { -statlook }: pošta přes Microsoft 365 (Exchange) s aplikací
    .intro =
        Tento průvodce zaregistruje v { -entra } aplikaci, díky které { -statlook } (Master i Web) čte a odesílá poštu přes Microsoft Graph jako aplikace, bez přihlášeného uživatele, poté co správce udělí souhlas.

        Na konci zadáte do programu { -statlook } čtyři hodnoty: Client ID, Client Secret, Tenant a Object ID.

guide-statlook-not-covered-usage = Volba, k čemu { -statlook } poštovní účet používá (oznámení, pravidelné sestavy, Helpdesk): poslední krok říká jen kde.
guide-statlook-not-covered-scope-script = Sestavení příkazů PowerShellu pro Exchange Online pro vaše schránky: volitelný krok je nastiňuje a odkazuje na návod Microsoftu.
guide-statlook-not-covered-certificates = Použití certifikátu místo tajného kódu klienta.
guide-statlook-not-covered-renewal = Výměna tajného kódu klienta před koncem jeho platnosti.

guide-statlook-account-type =
    .title = Omezte aplikaci na svou organizaci
    .body =
        V části „Podporované typy účtů“ zvolte „Jenom účty v tomto organizačním adresáři“ (jeden tenant; v průvodci { -statlook }: „Single tenant“).

        { -statlook } získává tokeny jako aplikace z přihlašovacího koncového bodu vaší organizace, a k tomu stačí účty vašeho adresáře.
    .action = Vyberte „Jenom účty v tomto organizačním adresáři“.

guide-statlook-redirect-uri =
    .title = Zvolte platformu veřejného klienta
    .body =
        V části „Identifikátor URI pro přesměrování (nepovinné)“ zvolte v prvním poli „Veřejný klient/nativní (mobilní a desktopové)“, jak žádá průvodce { -statlook } („Public client/native (mobile)“).

        Portál uloží platformu jen spolu s adresou, proto do druhého pole zadejte adresu, kterou pro tuto platformu navrhuje Microsoft: `https://login.microsoftonline.com/common/oauth2/nativeclient`
    .action = Zvolte „Veřejný klient/nativní“ a zadejte adresu.

guide-statlook-copy-ids =
    .title = Načtěte ID aplikace
    .body =
        Stránka Přehled ukazuje v části Základy ID, která { -statlook } potřebuje. V programu { -statlook } se jmenují jinak:

        - „ID aplikace (klienta)“ patří do pole „Client ID“ („Id klienta“ ve { -statlook } Web);
        - „ID adresáře (tenanta)“ patří do pole „Tenant“ („Najemca“ ve { -statlook } Web).

        Neberte „ID objektu“ zobrazené zde: Object ID v programu { -statlook } je ID uživatele poštovní schránky, načtete ho v dalším kroku.
    .action = Najděte obě ID v části Základy.

guide-statlook-api-permissions =
    .title = Přidejte oprávnění aplikace pro poštu
    .body =
        Otevřete „Oprávnění rozhraní API“, vyberte „+ Přidat oprávnění“, pak „Microsoft Graph“ a „Oprávnění aplikace“ (aplikace běží na pozadí, bez přihlášeného uživatele). Pomocí vyhledávacího pole najděte a zaškrtněte:

        - `Mail.ReadWrite`: čtení pošty;
        - `Mail.Send`: odesílání pošty.

        `User.Read` (delegované) už v seznamu je: nechte ho tam. Oprávnění aplikace dovolují používat každou schránku v organizaci; omezí to volitelný krok dále.
    .action = Zaškrtněte obě oprávnění a vyberte „Přidat oprávnění“.

guide-statlook-admin-consent =
    .title = Udělte souhlas správce
    .body =
        Oprávnění aplikace nefungují, dokud správce neudělí souhlas. Vyberte „Udělit souhlas správce pro“ s názvem vaší organizace (průvodce { -statlook } uvádí název aplikace, ale tlačítko nese název organizace) a potvrďte volbou „Ano“.

        K tomu je potřeba role Správce privilegovaných rolí nebo Globální správce. Pokud je tlačítko neaktivní, požádejte někoho s touto rolí; souhlas může udělit i později na stránce „Oprávnění“ podnikové aplikace.
    .action = Vyberte „Udělit souhlas správce pro…“ a potvrďte volbou „Ano“.

guide-statlook-enterprise-app =
    .title = Zkontrolujte, že se uživatelé k aplikaci smějí přihlásit
    .body =
        Na stránce Přehled vede položka „Spravovaná aplikace v místním adresáři“ na podnikovou aplikaci (instanční objekt) této aplikace. Otevřete ji a pak otevřete „Vlastnosti“.

        „Povoleno pro přihlašování uživatelů?“ musí být „Ano“; při „Ne“ { -statlook } nedostane žádné tokeny. Pokud to změníte, vyberte „Uložit“.
    .action = Otevřete „Vlastnosti“ podnikové aplikace a ověřte, že přihlašování uživatelů je povolené („Ano“).

guide-statlook-user-object-id =
    .title = Najděte ID objektu uživatele schránky
    .body =
        Pole „Object ID“ v programu { -statlook } vyžaduje ID objektu uživatele, jehož schránku používá, ne ID aplikace.

        Přejděte do Uživatelé › Všichni uživatelé, vyhledejte uživatele schránky a otevřete ho: „ID objektu“ je na jeho stránce Přehled.
    .action = Otevřete uživatele schránky a najděte „ID objektu“.

guide-statlook-mailbox-scope =
    .title = Omezte aplikaci na schránku (volitelné)
    .body =
        S dosud udělenými oprávněními smí aplikace číst a odesílat poštu v každé schránce vaší organizace. Chcete-li to omezit, použijte PowerShell pro Exchange Online.

        Průvodce { -statlook } odkazuje na `New-ApplicationAccessPolicy`. Microsoft teď zásady přístupu aplikací nahrazuje řízením přístupu na základě rolí (RBAC) pro aplikace v Exchange Online:

        - `Connect-ExchangeOnline` jako Správce Exchange;
        - `New-ServicePrincipal -AppId { $clientId } -ObjectId { $servicePrincipalObjectId } -DisplayName "Statlook"` (ID objektu podnikové aplikace, ne registrace aplikace);
        - obor správy, který vybere schránku (`New-ManagementScope`);
        - `New-ManagementRoleAssignment -App { $clientId } -Role "Application Mail.ReadWrite" -CustomResourceScope` s tímto oborem a totéž pro `"Application Mail.Send"`.

        Tato přiřazení rolí se sčítají s tím, co udělilo { -entra }: omezení platí, až když v { -entra } odeberete souhlas s `Mail.ReadWrite` a `Mail.Send` pro celou organizaci.
    .action = Pokud aplikaci omezujete, spusťte příkazy v PowerShellu pro Exchange Online a pak to tu potvrďte.

guide-statlook-target-form =
    .title = Zadejte hodnoty do programu { -statlook }
    .body =
        { -statlook } Master: nabídka Narzędzia › Konta pocztowe (Nástroje › Poštovní účty), tlačítko „Nowe“ (Nový). Zadejte „Adres email“ (e-mailová adresa) a pak vyberte „+“ u pole „Poczta przychodząca“ (příchozí pošta). { -statlook } Web: Ustawienia (Nastavení, vlevo) › Ustawienia aplikacji › Konta pocztowe, tlačítko „Dodaj“ (Přidat), dále stejně.

        V nastavení serveru zvolte „Typ klienta“ `Exchange (Confidental)` a vyplňte:

        - „Client ID“ (ve Web: „Id klienta“): { $clientId }
        - „Client Secret“ (ve Web: „Sekret klienta“): zkopírovaná hodnota tajného kódu, ne tajné ID;
        - „Tenant“ (ve Web: „Najemca“): { $tenantId }
        - „Object ID“ (ve Web: „Id obiektu“): ID objektu uživatele schránky, { $userObjectId }

        Spusťte „Test pobierania“ (test příjmu) a „Test wysyłania“ (test odesílání) a potvrďte tlačítkem „OK“. Nastavení odchozí pošty je stejné a doplní se automaticky.

        K čemu účet slouží, nastavíte v Master v nabídce Narzędzia › Opcje › Ogólne › Konto pocztowe, ve Web v části Ustawienia aplikacji › Powiadomienia email.
    .action = Vyplňte poštovní účet v programu { -statlook }, spusťte oba testy a uložte.
