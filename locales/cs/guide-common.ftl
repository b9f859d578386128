# Společná slova všech průvodců: prvky kroku v překryvném panelu, popisy ověření kroku, názvy
# hodnot a rolí a kroky společné každé registraci aplikace.
#
# Texty kroků používají jednoduché značky: prázdný řádek odděluje odstavce, řádek začínající
# "- " je položka seznamu, `obrácené apostrofy` označují hodnoty k zadání nebo zkopírování.
# Popisky portálu citujte přesně tak, jak je ukazuje český portál (tabulka popisků v
# domain.md §10), v uvozovkách „…“.

## Prvky kroku

guide-step-counter = Krok { $number } z { $total }
# $count: počet kroků; $optional: kolik z nich lze přeskočit.
guide-summary = { $count ->
        [one] { $count } krok
        [few] { $count } kroky
        [many] { $count } kroku
       *[other] { $count } kroků
    }{ $optional ->
        [0] {""}
        [one] , z toho { $optional } volitelný
        [few] , z toho { $optional } volitelné
        [many] , z toho { $optional } volitelného
       *[other] , z toho { $optional } volitelných
    }
# Zobrazí se místo hodnoty, která ještě nebyla načtena, např. ‹Identifikátor URI pro přesměrování›.
guide-placeholder = ‹{ $name }›
guide-md-step-heading = { $number }. { $title }
guide-md-requirements = Co registrace potřebuje
guide-md-roles = Potřebné role
guide-md-not-covered = Co tento průvodce nepokrývá
guide-md-steps = Kroky
guide-md-action = Co udělat:
guide-md-where = Kde:
guide-md-highlight = Zvýrazněno:
guide-md-captures = Uložené hodnoty:
guide-md-done-when = Hotovo, když:
guide-md-docs = Dokumentace Microsoftu:
guide-md-optional = volitelný
guide-md-outside-portal = mimo portál

## Co hledat, když zvýraznění nenajde svůj prvek

guide-look-for = „{ $label }“ { $where }
# $english: stejný popisek v anglickém portálu, který používá mnoho správců.
guide-look-for-alt = „{ $label }“ (v anglickém portálu: „{ $english }“) { $where }
guide-position-top-bar = ve vyhledávacím poli v horní části portálu
guide-position-left-menu = v nabídce vlevo
guide-position-command-bar = na panelu nástrojů v horní části stránky
guide-position-essentials = v části Základy na stránce
guide-position-form = ve formuláři
guide-position-table = v seznamu na stránce
guide-position-dialog = v panelu, který se otevřel vpravo
guide-position-footer = dole ve formuláři nebo panelu
guide-position-anywhere = na stránce

## Jak se krok ověřuje

guide-verify-page = Je otevřená stránka „{ $page }“.
guide-verify-anchors-done = Zvýrazněná pole jsou vyplněná nebo vybraná podle popisu.
guide-verify-captured = Průvodce si uložil { $count ->
        [one] hodnotu: { $fields }.
        [few] { $count } hodnoty: { $fields }.
        [many] { $count } hodnoty: { $fields }.
       *[other] { $count } hodnot: { $fields }.
    }
guide-verify-permissions-listed = Seznam nakonfigurovaných oprávnění obsahuje { $count ->
        [one] oprávnění { $names }.
        [few] { $count } oprávnění: { $names }.
        [many] { $count } oprávnění: { $names }.
       *[other] { $count } oprávnění: { $names }.
    }
guide-verify-permissions-granted = { $count ->
        [one] U oprávnění { $names } je stav „Uděleno pro“ vaši organizaci.
        [few] U všech { $count } oprávnění je stav „Uděleno pro“ vaši organizaci: { $names }.
        [many] U všech { $count } oprávnění je stav „Uděleno pro“ vaši organizaci: { $names }.
       *[other] U všech { $count } oprávnění je stav „Uděleno pro“ vaši organizaci: { $names }.
    }
guide-verify-secret-row = V části „{ $section }“ se objeví nový řádek.
guide-verify-list-contains = Seznam „{ $list }“ obsahuje { $value }.
guide-verify-text-present = Stránka ukazuje „{ $label }“.
guide-verify-manual = V průvodci potvrdíte, že je hotovo.

## Hodnoty, které průvodce načítá

guide-field-tenant-id = ID adresáře (tenanta)
guide-field-client-id = ID aplikace (klienta)
guide-field-object-id = ID objektu registrace aplikace
guide-field-secret-value = Hodnota tajného kódu klienta
guide-field-secret-id = Tajné ID
guide-field-secret-expiry = Konec platnosti tajného kódu klienta
guide-field-redirect-uri = Identifikátor URI pro přesměrování
guide-field-app-name = Název aplikace
guide-field-service-principal-object-id = ID objektu podnikové aplikace
guide-field-user-object-id = ID objektu uživatele poštovní schránky
guide-field-tenant-name = Název organizace

## Požadavky

guide-req-account-type = Podporované typy účtů: „{ $type }“
guide-req-platform = Platforma identifikátoru URI pro přesměrování: „{ $platform }“
guide-req-no-redirect = Bez identifikátoru URI pro přesměrování
guide-req-permission = { $api }: `{ $name }` ({ $type })
guide-req-permission-optional = { $api }: `{ $name }` ({ $type }), volitelné
guide-req-permission-vendor = { $api }: `{ $name }` ({ $type }), o které při přihlášení žádá aplikace výrobce (nakolik to ukazuje její obrazovka souhlasu)
guide-req-vendor = Neregistrujete žádnou aplikaci: program se přihlašuje vlastní aplikací výrobce, se kterou souhlasí uživatel poštovní schránky (nebo vy za celou organizaci).

## Role v Entra. Hodnota je název role z českého portálu, v závorce anglický název.

guide-role-line = { $role }: { $purpose }
guide-role-application-developer = Vývojář aplikací (Application Developer)
    .purpose = registruje aplikaci (není potřeba, pokud váš tenant dovoluje registrovat aplikace všem uživatelům, což je výchozí nastavení).
guide-role-cloud-application-administrator = Správce cloudových aplikací (Cloud Application Administrator)
    .purpose = uděluje souhlas správce s delegovanými oprávněními a spravuje podnikové aplikace.
guide-role-privileged-role-administrator = Správce privilegovaných rolí (Privileged Role Administrator)
    .purpose = uděluje souhlas správce s oprávněními aplikace Microsoft Graph a mění nastavení souhlasu uživatelů (může to i globální správce).
guide-role-exchange-administrator = Správce Exchange (Exchange Administrator)
    .purpose = spouští příkazy PowerShellu pro Exchange Online, které omezují, které poštovní schránky smí aplikace používat.

## regpilot guide (příkazový řádek). $valid je seznam platných hodnot oddělených čárkami.

guide-cli-usage = použití: regpilot guide --target <{ $targets }> [--lang <{ $langs }>] [--format <{ $formats }>]
guide-cli-missing-target = Chybí --target; zvolte jednu z hodnot: { $valid }.
guide-cli-unknown-target = Neznámá cílová aplikace „{ $value }“; zvolte jednu z hodnot: { $valid }.
guide-cli-unknown-lang = Neznámý jazyk „{ $value }“; zvolte jednu z hodnot: { $valid }.
guide-cli-unknown-format = Neznámý formát „{ $value }“; zvolte jednu z hodnot: { $valid }.
guide-cli-extra-argument = Neočekávaný argument „{ $value }“.
guide-cli-broken = Vestavěný průvodce je poškozený: { $error }

## Kroky společné průvodcům

guide-step-open-app-registrations =
    .title = Otevřete Registrace aplikací
    .body =
        Přihlaste se na portál Azure účtem, který smí ve vaší organizaci registrovat aplikace.

        Registrace aplikací jsou součástí { -entra } (dříve Azure Active Directory): zadejte `Registrace aplikací` (nebo `App registrations`) do vyhledávacího pole nahoře a vyberte výsledek, nebo použijte odkaz průvodce na tuto stránku.
    .action = Otevřete „Registrace aplikací“.

guide-step-new-registration =
    .title = Zahajte novou registraci
    .body = Na stránce Registrace aplikací zahajte novou registraci. (Na stránce přehledu { -entra } otevře stejný formulář také „+ Přidat“ › „Registrace aplikace“; ve starších verzích portálu „+ Vytvořit“.)
    .action = Vyberte „+ Nová registrace“.

guide-step-app-name =
    .title = Pojmenujte aplikaci
    .body = Název vidí uživatelé při přihlášení a udělování souhlasu a vy v seznamech aplikací. Zvolte takový, který říká, k čemu aplikace slouží; později ho můžete změnit.
    .action = Zadejte název do pole „Název“.

guide-step-register =
    .title = Zaregistrujte aplikaci
    .body = Ještě jednou zkontrolujte formulář a aplikaci zaregistrujte. Portál otevře stránku Přehled nové aplikace; její adresa už obsahuje ID aplikace.
    .action = Vyberte „Zaregistrovat“ dole ve formuláři.

guide-step-client-secret =
    .title = Přidejte tajný kód klienta
    .body =
        Tajný kód klienta je heslo aplikace. V nabídce vlevo otevřete „Certifikáty a tajné kódy“ a na kartě „Tajné kódy klienta“ přidejte nový.

        Zadejte popis, podle kterého ho později poznáte (třeba kde se kód používá), a zvolte, kdy vyprší: doporučuje se 180 dní, nejvýše 730 dní (24 měsíců). Zapište si připomínku do kalendáře: až platnost vyprší, pošta přestane fungovat, dokud nepřidáte nový.
    .action = Vyberte „+ Nový tajný kód klienta“, vyplňte „Popis“ a „Platnost vyprší“ a vyberte „Přidat“.

guide-step-secret-value =
    .title = Zkopírujte hodnotu tajného kódu hned teď
    .body =
        Řádek nového tajného kódu obsahuje dva dlouhé řetězce. Potřebujete ten ze sloupce „Hodnota“. „Tajné ID“ je jen identifikátor kódu: pokud se zadá místo hodnoty, přihlášení selže s chybou AADSTS7000215.

        Portál hodnotu ukazuje jen teď: jakmile stránku opustíte nebo obnovíte, je navždy skrytá a zbývá jen kód odstranit a přidat nový. Zkopírujte ji tlačítkem pro kopírování vedle ní; průvodce si ji ponechá jen do konce této relace prohlížeče.
    .action = Zkopírujte hodnotu ze sloupce „Hodnota“.
