# Průvodce Comarch DMS (crate/core/guides/comarch.toml). Rozhraní Comarch DMS citujeme polsky, jak
# se zobrazuje, s českým vysvětlením.

guide-comarch =
    .title = { -comarch }: poštovní účty Microsoft 365 s OAuth2
    .intro =
        Od verze 2022.0.4 umí { -comarch } používat poštovní účty Microsoft 365 s OAuth2: ke schránce se přihlašuje tokeny místo uloženého hesla. V { -entra } neregistrujete žádnou aplikaci: { -comarch } se přihlašuje vlastní aplikací společnosti Comarch a uživatel schránky s ní jednou vysloví souhlas.

        Většina průvodce probíhá v desktopové aplikaci { -comarch }. Kroky v portálu jsou potřeba jen tehdy, když se obrazovka souhlasu neobjeví a přihlášení je odmítnuto.

guide-comarch-not-covered-install = Instalace { -comarch } a jeho poštovní komponenty na serveru IIS.
guide-comarch-not-covered-acd-rules = Ostatní nastavení konfiguračních bodů ACD (typy dokumentů, pravidla).
guide-comarch-not-covered-smtp-auth = Zapnutí SMTP AUTH pro schránku v Exchange Online, pokud ho vaše organizace vypnula (bez něj odesílání selže s chybou 535 5.7.3).
guide-comarch-not-covered-tokens = Nové přihlášení po vypršení tokenů: stačí znovu stisknout „Autoryzacja“.

guide-comarch-mail-component =
    .title = Odesílejte poštu přes poštovní komponentu na serveru IIS
    .body =
        V desktopové aplikaci { -comarch } otevřete záložku „Ustawienia“ (Nastavení) a v ní „Serwer pocztowy“ (Poštovní server).

        V poli „Do wysyłania wiadomości email zastosuj“ (Pro odesílání e-mailů použít) zvolte „Komponent mailowy na serwerze IIS“ (poštovní komponenta na serveru IIS). Účty Office 365 nefungují s volbou „Profil na serwerze SQL“ (profil na SQL serveru).
    .action = Zvolte „Komponent mailowy na serwerze IIS“.

guide-comarch-smtp-account =
    .title = Nastavte účet pro odesílání
    .body =
        V části „Ustawienia konta pocztowego“ (nastavení poštovního účtu) nastavte „Włącz wysyłanie wiadomości email“ (zapnout odesílání) na „Tak“ (Ano), vyplňte název účtu, „Email (wychodzący)“ (odchozí adresa), zobrazovaný název a adresu pro odpovědi a dále:

        - „Nazwa serwera“ (server): `smtp.office365.com` pro Microsoft 365 (`smtp-mail.outlook.com` pro účet Outlook.com);
        - „Port“: `587`;
        - „Metoda szyfrowania“ (šifrování): `Automatyczne` (automaticky; server používá STARTTLS);
        - „Metoda uwierzytelniania“ (ověřování): `OAuth2`;
        - „Login“: adresa schránky.

        Schránka musí mít v Exchange Online povolené ověřené SMTP (SMTP AUTH).
    .action = Vyplňte účet s OAuth2 jako metodou ověřování.

guide-comarch-smtp-sign-in =
    .title = Přihlaste se a udělte souhlas
    .body =
        Stiskněte „Autoryzacja“ (Autorizace) pod polem „Login“. Otevře se výchozí prohlížeč s přihlašovací stránkou Microsoftu: zadejte heslo schránky a přihlaste se.

        Napoprvé Microsoft požádá uživatele schránky o souhlas, aby aplikace „{ -comarch }“ (vydavatel COMARCH SA) měla trvalý přístup k datům, četla a zapisovala zprávy a odesílala poštu ze schránky. Souhlas přijměte. Správce navíc vidí pole pro souhlas jménem organizace: jeho zaškrtnutím souhlasí za všechny uživatele.

        Prohlížeč pak potvrdí přihlášení: kartu zavřete. { -comarch } zobrazí „Zalogowano użytkownika“ (uživatel přihlášen) s přihlašovacím jménem. Změny uložte.

        Pokud místo obrazovky souhlasu uvidíte „Vyžaduje se schválení správcem“ nebo chybu AADSTS65001 či AADSTS90094, vaše organizace uživatelům souhlas nedovoluje: pokračujte kroky v portálu níže.
    .action = Stiskněte „Autoryzacja“, přihlaste se, udělte souhlas a uložte.

guide-comarch-imap-point =
    .title = Nastavte příjem v konfiguračních bodech ACD
    .body =
        Pro čtení pošty otevřete záložku „Automatyczne generowanie dokumentów“ (automatické vytváření dokumentů) a konfigurační bod typu „Współpraca ze skrzynką pocztową (generowanie dokumentów DMS)“ nebo „(pobieranie załączników)“. Na jeho záložce „Tryb współpracy“ (režim spolupráce):

        - „Typ konta“ (typ účtu): `IMAP`;
        - „Serwer poczty przychodzącej“ (server příchozí pošty): `outlook.office365.com`, port `993`, SSL/TLS. Dokumentace Comarch ukazuje `imap-mail.outlook.com`, starší název: použijte `outlook.office365.com`;
        - „Metoda uwierzytelniania“: `OAuth2`;
        - „Login“: adresa schránky.

        Stiskněte „Autoryzacja“, přihlaste se a udělte souhlas jako předtím; až { -comarch } zobrazí „Zalogowano użytkownika“, stiskněte „Zapisz“ (Uložit).
    .action = Vyplňte konfigurační bod s OAuth2, autorizujte a uložte.

guide-comarch-user-consent-settings =
    .title = Zjistěte, zda uživatelé smějí udělit souhlas (když bylo přihlášení odmítnuto)
    .body =
        V { -entra } otevřete Podnikové aplikace › Souhlas a oprávnění › „Nastavení souhlasu uživatele“. Pokud je u „Souhlas uživatele s aplikacemi“ zvoleno „Nepovolit souhlas uživatele“, uživatelé schránek nemohou s { -comarch } souhlasit sami.

        Tyto zásady nemusíte měnit: souhlas správce pro { -comarch } (další kroky) je užší řešení. Změna zásad vyžaduje roli Správce privilegovaných rolí.
    .action = Přečtěte si nastavení „Souhlas uživatele s aplikacemi“.

guide-comarch-enterprise-app =
    .title = Najděte podnikovou aplikaci { -comarch }
    .body =
        V části Podnikové aplikace › Všechny aplikace vyhledejte `{ -comarch }` a otevřete ji.

        V seznamu je, jakmile se k ní už někdo začal přihlašovat. Pokud tam není, nejjednodušší je, aby správce stiskl „Autoryzacja“ v { -comarch }, přihlásil se vlastním účtem a na obrazovce souhlasu zaškrtl souhlas jménem organizace: tím souhlasí za všechny a další kroky nejsou potřeba.
    .action = Vyhledejte „{ -comarch }“ a otevřete ji.

guide-comarch-admin-consent =
    .title = Udělte souhlas správce pro { -comarch }
    .body =
        V nabídce podnikové aplikace otevřete „Oprávnění“, vyberte „Udělit souhlas správce pro“ s názvem vaší organizace, zkontrolujte oprávnění uvedená v přihlašovacím okně a přijměte je.

        Pak požádejte uživatele schránek, aby v { -comarch } znovu stiskli „Autoryzacja“.
    .action = Vyberte „Udělit souhlas správce pro…“ a přijměte.
