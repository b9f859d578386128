# Průvodce YetiForce CRM (crate/core/guides/yetiforce.toml). Popisky YetiForce citujeme podle
# anglického rozhraní YetiForce (s českým vysvětlením); popisky portálu podle českého portálu.

guide-yetiforce =
    .title = { -yetiforce }: pošta přes Microsoft 365 s OAuth2
    .intro =
        Tento průvodce zaregistruje v { -entra } aplikaci, díky které { -yetiforce } čte poštu přes IMAP a odesílá ji přes SMTP jménem každého uživatele poštovní schránky, aniž by ukládal hesla.

        Mějte { -yetiforce } otevřený na další kartě: začnete v něm formulář poštovního serveru, zkopírujete z něj hodnotu do portálu a dokončíte ho hodnotami, které vám dá portál.

guide-yetiforce-not-covered-mailbox = Zbytek nastavení pošty v { -yetiforce } (složky, skener pošty, podpisy): viz průvodce { -yetiforce } k integraci poštovních schránek.
guide-yetiforce-not-covered-users = Propojení poštovního serveru s uživatelskými účty { -yetiforce }, které následuje po tomto průvodci.
guide-yetiforce-not-covered-smtp-auth = Zapnutí SMTP AUTH pro poštovní schránky v Exchange Online, pokud ho vaše organizace vypnula (bez něj odesílání selže s chybou 535 5.7.3).
guide-yetiforce-not-covered-renewal = Výměna tajného kódu klienta před koncem jeho platnosti.

guide-yetiforce-account-type =
    .title = Povolte účty v libovolném organizačním adresáři
    .body =
        V části „Podporované typy účtů“ zvolte „Účty v libovolném organizačním adresáři“ (víceklientská aplikace).

        Proč ne „jenom účty v tomto organizačním adresáři“: { -yetiforce } přihlašuje uživatele přes sdílený koncový bod Microsoftu `/common` a tam je aplikace s jedním tenantem odmítnuta s chybou AADSTS50194.

        Možnost, která zahrnuje i osobní účty Microsoft, zvolte jen tehdy, když připojujete osobní schránky Outlook.com.
    .action = Vyberte „Účty v libovolném organizačním adresáři“.

guide-yetiforce-target-redirect-uri =
    .title = Zkopírujte identifikátor URI pro přesměrování z { -yetiforce }
    .body =
        Identifikátor URI pro přesměrování vytváří { -yetiforce }. V { -yetiforce } otevřete formulář poštovního serveru (Settings › Mail servers, přidejte nebo upravte server):

        - v poli „Authorization method“ (metoda autorizace) nastavte `OAuth2` (pole OAuth se objeví až potom);
        - v poli „OAuth Authentication Provider“ (poskytovatel ověřování OAuth) zvolte `Azure AD - Outlook.com (Office 365)` (v novějších verzích `MS Azure - Outlook.com (Office 365)`);
        - v poli „Redirect URI“ zvolte aplikaci, kterou jste v { -yetiforce } vytvořili pro integraci pošty;
        - adresu zkopírujte tlačítkem pro kopírování vedle pole.

        Vypadá jako `https://crm.example.com/webservice/OAuth/MailAccount/…`: adresa vašeho { -yetiforce }, pak `webservice/OAuth/MailAccount/` a klíč. Formulář nechte otevřený, dokončíte ho na konci.
    .action = Vložte do průvodce identifikátor URI pro přesměrování zkopírovaný z { -yetiforce }.

guide-yetiforce-redirect-uri =
    .title = Přidejte identifikátor URI pro přesměrování pro platformu Web
    .body =
        V části „Identifikátor URI pro přesměrování (nepovinné)“ zvolte v prvním poli platformu „Web“ a do druhého vložte adresu z { -yetiforce }: { $redirectUri }

        Musí být přesně stejná, znak po znaku (v cestě záleží na velikosti písmen), a začínat `https://`. Nevolte „Jednostránková aplikace“ ani „Veřejný klient/nativní“: { -yetiforce } se přihlašuje jako webová aplikace s tajným kódem a u ostatních platforem přihlášení selže (AADSTS700025).
    .action = Zvolte „Web“ a vložte identifikátor URI pro přesměrování.

guide-yetiforce-copy-ids =
    .title = Načtěte ID aplikace
    .body =
        Stránka Přehled ukazuje ID nové aplikace v části Základy. { -yetiforce } potřebuje „ID aplikace (klienta)“: patří do pole „Client ID“ v jeho formuláři.

        Načte se i „ID adresáře (tenanta)“, pro vaši evidenci: samotný { -yetiforce } ho nepožaduje, protože se přihlašuje přes `/common`.
    .action = Najděte „ID aplikace (klienta)“ v části Základy; pokud ho potřebujete hned, použijte tlačítko pro kopírování.

guide-yetiforce-check-redirect-uri =
    .title = Zkontrolujte identifikátor URI pro přesměrování na stránce Ověřování
    .body =
        V nabídce vlevo otevřete „Ověřování“. Adresa z { -yetiforce } musí být uvedena u platformy „Web“, ne u „Mobilní a desktopové aplikace“ ani „Jednostránková aplikace“.

        Pokud je na špatném místě, odstraňte ji tam a přidejte znovu u platformy „Web“. Nastavení „Povolit toky veřejných klientů“ nechte na „Ne“.
    .action = Otevřete „Ověřování“ a najděte identifikátor URI pro přesměrování u platformy „Web“.

guide-yetiforce-api-permissions =
    .title = Přidejte delegovaná oprávnění pro poštu
    .body =
        Otevřete „Oprávnění rozhraní API“, vyberte „+ Přidat oprávnění“, pak „Microsoft Graph“ a „Delegovaná oprávnění“. Pomocí vyhledávacího pole najděte a zaškrtněte:

        - `IMAP.AccessAsUser.All`: čtení pošty přes IMAP;
        - `SMTP.Send`: odesílání pošty přes SMTP;
        - `offline_access`: trvalé připojení bez nového přihlašování uživatele;
        - `openid` a `email`: identifikace přihlášené schránky.

        `User.Read` už v seznamu je: nechte ho tam. Průvodce { -yetiforce } uvádí i `profile`; neuškodí, ale { -yetiforce } ho nepožaduje.
    .action = Zaškrtněte pět oprávnění a vyberte „Přidat oprávnění“.

guide-yetiforce-admin-consent =
    .title = Udělte souhlas správce (jen když uživatelé nesmějí souhlasit)
    .body =
        Tato delegovaná oprávnění správce nepotřebují: každý uživatel schránky udělí souhlas při prvním přihlášení z { -yetiforce }.

        Pokud vaše organizace uživatelům souhlas s aplikacemi nedovoluje (vidí „Vyžaduje se schválení správcem“), udělte ho teď za všechny tlačítkem „Udělit souhlas správce pro“ vaši organizaci a potvrďte volbou „Ano“.
    .action = V případě potřeby vyberte „Udělit souhlas správce pro…“ a potvrďte.

guide-yetiforce-target-form =
    .title = Dokončete formulář poštovního serveru v { -yetiforce }
    .body =
        Vraťte se do formuláře poštovního serveru v { -yetiforce } a vyplňte:

        - „Subject“ (předmět): jedinečný název tohoto poštovního serveru;
        - „Authorization method“: `OAuth2`;
        - „OAuth Authentication Provider“: `Azure AD - Outlook.com (Office 365)`;
        - „Client ID“: ID aplikace (klienta), { $clientId };
        - „Client secret“: zkopírovaná hodnota tajného kódu (ne tajné ID);
        - „Redirect URI“: aplikace, kterou jste zvolili předtím.

        Pro schránky Microsoft 365 jsou servery IMAP `outlook.office365.com`, port `993`, SSL, a SMTP `smtp.office365.com`, port `587`, TLS (STARTTLS).

        Formulář uložte a pak propojte poštovní server s uživateli, kteří ho budou používat.
    .action = Vyplňte formulář v { -yetiforce } a uložte ho.
