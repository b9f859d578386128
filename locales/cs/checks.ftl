# Kontroly: zprávy k nálezům validátorů regpilotu (identifikátory URI pro přesměrování, oprávnění,
# ID, tajné kódy) a vysvětlení chyb AADSTS. Každá zpráva říká, co je špatně a jak to opravit.
# Popisky portálu uvádíme tak, jak je ukazuje český portál Azure.

## Názvy vkládané do zpráv

checks-target-yetiforce = { -yetiforce }
checks-target-statlook = { -statlook }
checks-target-aktionnext = { -aktionnext }
checks-target-comarch = { -comarch }

# Názvy platforem z „Přidat platformu“ na stránce Ověřování.
checks-platform-web = Web
checks-platform-spa = Jednostránková aplikace
checks-platform-installed = Mobilní a desktopové aplikace

# Karty okna „Žádost o oprávnění rozhraní API“.
checks-kind-delegated = Delegovaná oprávnění
checks-kind-application = Oprávnění aplikace

# Názvy polí na stránce Přehled aplikace.
checks-field-tenant = ID adresáře (tenanta)
checks-field-client = ID aplikace (klienta)
checks-field-object = ID objektu
checks-field-secret = Hodnota tajného kódu klienta

# Možnosti „Podporované typy účtů“.
checks-audience-azureadmyorg = Účty jenom v tomto organizačním adresáři (jeden tenant)
checks-audience-azureadmultipleorgs = Účty v libovolném organizačním adresáři (více tenantů)
checks-audience-azureadandpersonalmicrosoftaccount = Účty v libovolném organizačním adresáři a osobní účty Microsoft
checks-audience-personalmicrosoftaccount = Jenom osobní účty Microsoft

## Verdikty a závažnost

checks-verdict-ok = v pořádku
checks-verdict-warning = varování
checks-verdict-error = chyba

## Identifikátory URI pro přesměrování

checks-https-required-web = Identifikátor URI pro přesměrování na platformě „{ checks-platform-web }“ musí začínat https:// (http:// jen pro localhost), ne { $scheme }:.
checks-https-required-spa = Identifikátor URI pro přesměrování na platformě „{ checks-platform-spa }“ musí začínat https:// (http:// jen pro localhost), ne { $scheme }:.
checks-https-required-installed = { $scheme }: nemůže být identifikátorem URI pro přesměrování. Použijte https://, http://localhost nebo vlastní schéma aplikace (například msal<ID klienta>://auth).
checks-http-localhost-only = Jen localhost smí používat http://. Použijte https: { $suggestion }
checks-loopback-ip = Pole „Identifikátor URI pro přesměrování“ v portálu nepřijímá adresu http://127.0.0.1. Zadejte ji v manifestu aplikace, nebo použijte { $suggestion }.
checks-ipv6-loopback = { -entra } nepodporuje adresu zpětné smyčky IPv6 [::1]. Použijte místo ní { $suggestion }.
checks-bad-char = { -entra } nepovoluje v identifikátorech URI pro přesměrování znak { $char } (ani žádný z ! $ ' ( ) , ;). Odstraňte ho, nebo ho zakódujte (například čárku jako %2C), pokud ho aplikace očekává.
checks-bad-char-space = Identifikátor URI pro přesměrování nesmí obsahovat mezery ani neviditelné znaky. Odstraňte je, nebo zapište mezeru jako %20.
checks-bad-char-uri = Znak { $char } není v identifikátoru URI povolený. Odstraňte ho, nebo ho zakódujte procenty.
checks-bad-char-unicode = Znak { $char } musí být v identifikátoru URI pro přesměrování zakódovaný procenty. Zkopírujte adres z adresního řádku nebo z nastavení aplikace, kde už zakódovaný je.
checks-bad-char-percent = Za znakem % musí následovat dvě šestnáctkové číslice (například %20). Samotný znak % zapište jako %25.
checks-bad-char-host = Název hostitele nesmí obsahovat znak { $char }. Zkontrolujte adresu serveru.
checks-bad-port = Port { $port } není platný: zadejte číslo od 1 do 65535, nebo dvojtečku vynechte.
checks-too-long = Tento identifikátor URI má { $length ->
    [one] { $length } znak
    [few] { $length } znaky
    [many] { $length } znaku
   *[other] { $length } znaků
}, { -entra } povoluje nejvýše { $max }. Zkraťte cestu.
checks-idn = { -entra } nepodporuje internacionalizované názvy domén, jako je { $host }. Použijte název hostitele zapsaný znaky ASCII.
checks-idn-tenant = { $host } je internacionalizovaný název domény, kterým nelze určit tenanta. Použijte ID adresáře (tenanta) nebo doménu vaší organizace ve tvaru contoso.onmicrosoft.com.
checks-query-with-personal = Aplikace, které povolují osobní účty Microsoft, nesmějí mít v identifikátoru URI pro přesměrování řetězec dotazu (?…). Odstraňte ho ({ $suggestion }), nebo v „Podporované typy účtů“ zvolte jen pracovní a školní účty.
checks-wildcard = Zástupné znaky (*) nejsou v identifikátoru URI pro přesměrování povolené. Zaregistrujte každou adresu zvlášť a přesně.
checks-fragment = Identifikátor URI pro přesměrování nesmí obsahovat fragment (#…). Odstraňte ho: { $suggestion }
checks-userinfo = Identifikátor URI pro přesměrování nesmí obsahovat uživatelské jméno ani heslo před znakem @. Tuto část odstraňte.
checks-whitespace = Na začátku nebo na konci jsou mezery. Odstraňte je: { $suggestion }
checks-not-absolute-no-scheme = Toto není úplná adresa. Začněte ji https://, například { $suggestion }
checks-not-absolute-scheme-relative = Adresa nemá schéma. Začněte ji https:, například { $suggestion }
checks-not-absolute-slashes = Za schématem následují dvě lomítka: { $suggestion }
checks-not-absolute-host = Za // chybí název hostitele. Doplňte název svého serveru.
checks-empty = Nic nebylo zadáno.
checks-empty-scopes = Nebyla zadána žádná oprávnění. Aplikace { $target } potřebuje: { $needed }.
checks-duplicate = Tento identifikátor URI pro přesměrování už v seznamu je (č. { $first }). Kopii odstraňte.
checks-duplicate-equivalent = Je to stejná adresa jako č. { $first }, jen jinak zapsaná. Ponechte jednu z nich.
checks-duplicate-port = { -entra } u adres localhost port nebere v úvahu, takže tato adresa odpovídá č. { $first } a použije se náhodně jedna z nich. Ponechte jednu.
checks-duplicate-scope = Oprávnění { $scope } je uvedeno dvakrát. Stačí jednou.
checks-too-many = Příliš mnoho identifikátorů URI pro přesměrování: aplikace s typem účtů „{ $audience }“ jich smí mít nejvýše { $max }. Odstraňte ty, které už nepoužíváte.
checks-yetiforce-path = { -yetiforce } očekává identifikátor URI pro přesměrování končící na { $expected }<klíč>. Zkopírujte ho tlačítkem pro kopírování vedle pole „Redirect URI“ v nastavení poštovního serveru v { -yetiforce }.
checks-yetiforce-path-case = Cesta musí být zapsaná přesně jako { $expected } (na velikosti písmen záleží). Adresu z { -yetiforce } zkopírujte, nepřepisujte ji.
checks-yetiforce-path-query = Identifikátor URI pro přesměrování z { -yetiforce } nemá řetězec dotazu (?…): končí na { $expected }<klíč>. Zkopírujte ho z { -yetiforce } a neupravujte ho.
checks-yetiforce-path-key = Klíč za { $expected } chybí nebo je chybný: skládá se jen z písmen a číslic. Zkopírujte celou adresu z { -yetiforce }.
checks-wrong-platform = Aplikace { $target } potřebuje tuto adresu na platformě „{ $expected-platform }“, ne „{ $platform }“. Na stránce Ověřování ji přidejte do „{ $expected-platform }“ a odtud ji odstraňte.

## Obory a oprávnění

checks-unknown-scope = { $scope } není oprávnění, které aplikace { $target } používá. Zkontrolujte pravopis, nebo ho odstraňte.
checks-typo-scope = Měli jste na mysli { $suggestion }? Zadejte přesný název.
checks-wrong-kind = Aplikace { $target } potřebuje oprávnění { $scope } na kartě „{ $kind }“. V okně „Žádost o oprávnění rozhraní API“ zvolte „{ $kind }“ a přidejte ho tam; to druhé odstraňte.
checks-wrong-kind-only = Oprávnění { $scope } existuje jen na kartě „{ $kind }“, takže sem nepatří, a aplikace { $target } ho nepotřebuje. Odstraňte ho.
checks-wrong-resource = Pro IMAP, POP a SMTP musí obor uvádět prostředek Outlook: { $suggestion }. Token Microsoft Graph s poštovními protokoly nefunguje.
checks-wrong-resource-oidc = Zapište { $suggestion } bez adresy prostředku na začátku.
checks-wrong-resource-outlook = Rozhraní Outlook REST API bylo vyřazeno. Použijte obor Microsoft Graph: { $suggestion }
checks-missing-scope = Aplikace { $target } potřebuje oprávnění { $scope } („{ $kind }“). V „Oprávnění rozhraní API“ zvolte „Přidat oprávnění“, potom Microsoft Graph, a přidejte ho.
checks-missing-scope-offline = Aplikace { $target } potřebuje oprávnění offline_access: bez něj nedostane obnovovací token a schránka asi po hodině přestane fungovat. Přidejte offline_access (Microsoft Graph, „{ checks-kind-delegated }“).
checks-excess-scope = Aplikace { $target } nepotřebuje oprávnění { $scope }. Odstraňte ho, aby aplikace měla jen to, co používá ({ $needed }).
checks-default-scope = .default není oprávnění k přidání: žádost o token jím žádá o všechna oprávnění přidaná k aplikaci. Přidejte samotná oprávnění: { $needed }.
checks-missing-consent = { $scope } vyžaduje souhlas správce, který nebyl udělen. V „Oprávnění rozhraní API“ zvolte „Udělit souhlas správce pro“ svou organizaci.

## ID a tajné kódy

checks-not-guid = „{ $field }“ je identifikátor GUID z 32 šestnáctkových číslic, například 0f8fad5b-d9cb-469f-a165-70867728950e. Zkopírujte ho ze stránky Přehled aplikace.
checks-not-guid-tenant = Tenant je identifikátor GUID („{ checks-field-tenant }“ na stránce Přehled) nebo ověřená doména, například contoso.onmicrosoft.com. Zkopírujte ho ze stránky Přehled.
checks-not-guid-email = Toto je e-mailová adresa. Do pole „{ $field }“ zadejte jen doménu: { $suggestion }
checks-not-guid-url = Toto je adresa, ne „{ $field }“. Vložte jen samotné ID: { $suggestion }
checks-not-guid-url-none = Toto je adresa, ne „{ $field }“. Zkopírujte jen samotné ID ze stránky Přehled aplikace.
checks-not-guid-secret = Vypadá to jako tajný kód klienta, ne „{ $field }“. Zkopírujte „{ $field }“ ze stránky Přehled aplikace.
checks-not-guid-nil = 00000000-0000-0000-0000-000000000000 je prázdný zástupný údaj, ne skutečné „{ $field }“. Zkopírujte to správné ze stránky Přehled.
checks-not-guid-char = Znak { $char } nemůže být součástí „{ $field }“: GUID obsahuje jen číslice 0–9, písmena a–f a pomlčky. Zkopírujte ho znovu ze stránky Přehled.
checks-not-guid-length = „{ $field }“ má 32 šestnáctkových číslic, toto má { $digits ->
    [one] { $digits } číslici
    [few] { $digits } číslice
    [many] { $digits } číslice
   *[other] { $digits } číslic
}. Něco chybí nebo přebývá: zkopírujte ho znovu.
checks-secret-id-not-value = Toto je „Tajné ID“, ne samotný tajný kód. V „Certifikáty a tajné kódy“ zkopírujte sloupec „Hodnota“ (přihlášení s ID skončí chybou { $code }).
checks-secret-id-not-value-aktionnext = Toto je „Tajné ID“, ne samotný tajný kód. Pole „Client secret ID“ v aplikaci { $target } ve skutečnosti chce „Hodnotu“ tajného kódu z „Certifikáty a tajné kódy“ (ID skončí chybou { $code }).
checks-secret-shape = Toto nevypadá jako hodnota tajného kódu klienta (má { $length ->
    [one] { $length } znak
    [few] { $length } znaky
    [many] { $length } znaku
   *[other] { $length } znaků
}). Zkopírujte sloupec „Hodnota“ tajného kódu v „Certifikáty a tajné kódy“.
checks-secret-shape-masked = Toto je skrytý tajný kód. Portál ukáže hodnotu jen jednou, hned po „Přidat“: vytvořte nový tajný kód klienta a jeho „Hodnotu“ hned zkopírujte.
checks-secret-shape-char = Tajný kód klienta nemůže obsahovat znak { $char }. Zkopírujte hodnotu znovu, bez mezer a uvozovek.
checks-secret-shape-length = Tento tajný kód má { $length ->
    [one] { $length } znak
    [few] { $length } znaky
    [many] { $length } znaku
   *[other] { $length } znaků
}, tajný kód tohoto druhu jich má { $expected }. Něco chybí nebo přebývá: zkopírujte celou „Hodnotu“ znovu.
checks-secret-shape-legacy = Toto vypadá jako tajný kód ve starším formátu. Funguje až do vypršení, ale ověřte, že jste zkopírovali „Hodnotu“, a ne „Tajné ID“.
checks-secret-expired = Platnost tajného kódu vypršela { $date } ({ $days ->
    [one] včera
    [few] před { $days } dny
    [many] před { $days } dne
   *[other] před { $days } dny
}); přihlášení skončí chybou { $code }. Vytvořte nový tajný kód klienta a zadejte jeho hodnotu.
checks-secret-expiring = Platnost tajného kódu vyprší { $date } ({ $days ->
    [0] dnes
    [one] zítra
    [few] za { $days } dny
    [many] za { $days } dne
   *[other] za { $days } dní
}). Vytvořte nový tajný kód klienta už teď a hodnotu do té doby vyměňte.
checks-bad-date = Zadejte datum ve tvaru 2026-05-31, 31.05.2026 nebo 5/31/2026.
checks-tenant-alias-app-only = Aplikace { $target } se přihlašuje sama za sebe, a to s „{ $alias }“ nefunguje. Zadejte „{ checks-field-tenant }“ (GUID) nebo svou doménu.

## Vztahy mezi poli

checks-single-tenant-on-common = Aplikace { $target } se přihlašuje přes sdílený koncový bod /common, kde aplikace s jedním tenantem skončí chybou { $code }. V „Podporované typy účtů“ zvolte „{ checks-audience-azureadmultipleorgs }“.
checks-wrong-audience = Aplikace { $target } čte pracovní schránky, ke kterým aplikace jen pro osobní účty Microsoft nemá přístup. V „Podporované typy účtů“ zvolte možnost s organizačními účty.
checks-wrong-audience-personal = Aplikace { $target } osobní účty Microsoft nepotřebuje a jejich povolení přináší omezení (žádné řetězce dotazu, méně adres pro přesměrování, nejvýše dva tajné kódy). Zvolte „{ checks-audience-azureadmyorg }“.

## Příkazový řádek

checks-cli-summary = { $inputs ->
    [one] Zkontrolována { $inputs } hodnota
    [few] Zkontrolovány { $inputs } hodnoty
    [many] Zkontrolováno { $inputs } hodnoty
   *[other] Zkontrolováno { $inputs } hodnot
}: s chybami { $errors }, s varováními { $warnings }.
checks-cli-explain-cause = Příčina
checks-cli-explain-fix = Řešení
checks-cli-explain-undocumented = Referenční přehled chybových kódů Microsoftu tento kód neuvádí; vysvětlení vychází z textu samotné chyby.
checks-cli-explain-unknown = { $code } nepatří mezi kódy, které regpilot vysvětluje. Vyhledávací stránka Microsoftu: { $url }
checks-cli-usage = použití: regpilot check redirect-uri --platform web|spa|installed --audience TYP_ÚČTŮ [--target T] [--lang L] [--json] URI…
    regpilot check scopes --target T --kind delegated|application [--lang L] [--json] OBOR…
    regpilot check id --field tenant|client|object|secret|expiry [--target T] [--lang L] [--json] HODNOTA…
    regpilot explain KÓD-AADSTS [--lang L]
    Samotný znak - načte hodnoty ze standardního vstupu, jednu na řádek.
checks-cli-bad-value = neznámá hodnota volby { $option }: „{ $value }“ (platné: { $valid })
checks-cli-missing-option = chybí volba --{ $option }
checks-cli-no-input = není co kontrolovat: zadejte aspoň jednu hodnotu, nebo - pro čtení ze standardního vstupu
checks-cli-bad-code = „{ $value }“ není kód AADSTS (například AADSTS50194 nebo 50194)
checks-cli-unknown-subcommand = neznámá kontrola „{ $value }“ (platné: redirect-uri, scopes, id)

## Chyby AADSTS

checks-aadsts-50011 =
    .title = Identifikátor URI pro přesměrování neodpovídá žádnému registrovanému
    .cause = Aplikace se přihlašuje s adresou pro přesměrování, která není zaregistrovaná přesně stejně (schéma, hostitel, port, cesta i velikost písmen), nebo je zaregistrovaná na jiné platformě.
    .fix = Zkopírujte adresu pro přesměrování z nastavení aplikace a přidejte ji přesně v „Ověřování“, na platformě, kterou aplikace používá (pro { -yetiforce }: Web).
checks-aadsts-500113 =
    .title = Aplikace nemá zaregistrovanou adresu odpovědi
    .cause = Registrace aplikace nemá žádný identifikátor URI pro přesměrování.
    .fix = V „Ověřování“ přidejte platformu a adresu pro přesměrování aplikace.
checks-aadsts-7000215 =
    .title = Neplatný tajný kód klienta
    .cause = Odeslaný tajný kód není platným kódem této aplikace. Nejčastěji bylo zkopírováno „Tajné ID“ místo „Hodnoty“.
    .fix = V „Certifikáty a tajné kódy“ vytvořte nový tajný kód klienta, hned zkopírujte jeho „Hodnotu“ (ukáže se jen jednou) a zadejte ji do aplikace.
checks-aadsts-7000222 =
    .title = Platnost tajného kódu klienta vypršela
    .cause = Datum vypršení tajného kódu už uplynulo.
    .fix = V „Certifikáty a tajné kódy“ vytvořte nový tajný kód klienta, zadejte jeho hodnotu do aplikace a potom ten prošlý odstraňte.
checks-aadsts-70002 =
    .title = Přihlašovací údaje klienta nejsou platné
    .cause = Tajný kód nebo ID klienta nepatří této aplikaci, nebo byl tajný kód zadán s chybou.
    .fix = Zkontrolujte „ID aplikace (klienta)“ na stránce Přehled a zadejte hodnotu čerstvě vytvořeného tajného kódu.
checks-aadsts-700025 =
    .title = Veřejný klient nesmí posílat tajný kód
    .cause = Aplikace je brána jako veřejný klient, nejčastěji proto, že adresa pro přesměrování byla přidána do „Mobilní a desktopové aplikace“ místo Web, nebo je zapnuté „Povolit toky veřejných klientů“.
    .fix = V „Ověřování“ přesuňte adresu pro přesměrování na platformu Web a „Povolit toky veřejných klientů“ nastavte na Ne.
checks-aadsts-700016 =
    .title = Aplikace nebyla v adresáři nalezena
    .cause = ID klienta je chybné, nebo se přihlášení odehrává v tenantovi, kde aplikace zaregistrovaná není.
    .fix = Zkopírujte znovu „ID aplikace (klienta)“ a „ID adresáře (tenanta)“ ze stránky Přehled aplikace.
checks-aadsts-90002 =
    .title = Tenant nebyl nalezen
    .cause = ID tenanta nebo doména v přihlašovací adrese neexistuje, nebo obsahuje překlep.
    .fix = Zkopírujte „ID adresáře (tenanta)“ ze stránky Přehled, nebo použijte ověřenou doménu své organizace.
checks-aadsts-65001 =
    .title = Chybí souhlas
    .cause = S oprávněními, o která aplikace žádá, nesouhlasil uživatel ani správce.
    .fix = V „Oprávnění rozhraní API“ zvolte „Udělit souhlas správce pro“ svou organizaci, nebo nechte uživatele potvrdit obrazovku se souhlasem.
checks-aadsts-90094 =
    .title = Je potřeba souhlas správce
    .cause = Oprávnění vyžadují souhlas správce, nebo organizace uživatelům nedovoluje souhlasit s aplikacemi.
    .fix = Správce v „Oprávnění rozhraní API“ zvolí „Udělit souhlas správce pro“ svou organizaci (u aplikace dodavatele: v „Podnikové aplikace“, Oprávnění).
checks-aadsts-50020 =
    .title = Účet patří jiné organizaci
    .cause = Uživatel se přihlašuje účtem jiného tenanta (nebo osobním účtem), který tato aplikace nepřijímá.
    .fix = Přihlaste se účtem své organizace, nebo změňte „Podporované typy účtů“ tak, aby přijímaly účty libovolné organizace.
checks-aadsts-500208 =
    .title = Typ účtu nesedí
    .cause = Doména není platná pro tento druh účtu: například osobní účet v aplikaci jen pro pracovní účty, nebo naopak.
    .fix = Přihlaste se takovým druhem účtu, který aplikace podporuje, nebo změňte „Podporované typy účtů“.
checks-aadsts-50194 =
    .title = Aplikace s jedním tenantem přihlášená přes /common
    .cause = Aplikace přijímá jen účty vlastní organizace, ale přihlášení jde přes sdílený koncový bod /common (to dělá { -yetiforce }).
    .fix = V „Ověřování“, „Podporované typy účtů“, zvolte „Účty v libovolném organizačním adresáři“ (více tenantů) a uložte.
checks-aadsts-9001023 =
    .title = Tento druh přihlášení na /common ani /consumers nefunguje
    .cause = Aplikace přihlašující se sama za sebe (přihlašovací údaje klienta) použila koncový bod /common nebo /consumers.
    .fix = Jako tenanta zadejte v aplikaci „ID adresáře (tenanta)“ nebo svou doménu, ne common, organizations ani consumers.
checks-aadsts-90102 =
    .title = Hodnota redirect_uri není platný absolutní identifikátor URI
    .cause = Odeslaná adresa pro přesměrování není úplná (chybí schéma a hostitel, nebo obsahuje nepovolené znaky).
    .fix = Použijte úplnou adresu začínající https://, přesně takovou, jaká je v „Ověřování“.
checks-aadsts-70011 =
    .title = Neplatný obor
    .cause = Požadovaný obor má překlep, patří jinému prostředku, nebo míchá delegované obory s .default.
    .fix = Žádejte přesné názvy (pro poštovní protokoly https://outlook.office.com/IMAP.AccessAsUser.All a https://outlook.office.com/SMTP.Send spolu s offline_access), u přístupu jen pro aplikaci pouze .default.
checks-aadsts-700082 =
    .title = Platnost obnovovacího tokenu vypršela
    .cause = Aplikace token dlouho (asi 90 dní) neobnovila, nebo bylo resetováno heslo či relace uživatele.
    .fix = Autorizujte schránku v aplikaci znovu (přihlaste se ještě jednou).
checks-aadsts-50076 =
    .title = Je vyžadováno vícefaktorové ověřování
    .cause = Zásady vyžadují MFA a přihlášení ho neposkytlo.
    .fix = Přihlaste se interaktivně a dokončete MFA. Přístupu jen pro aplikaci se MFA netýká.
checks-aadsts-53003 =
    .title = Zablokováno podmíněným přístupem
    .cause = Zásada podmíněného přístupu toto přihlášení zablokovala (umístění, zařízení nebo aplikace).
    .fix = Správce zkontroluje protokoly přihlášení v { -entra } a upraví zásadu, nebo z ní tuto aplikaci vyjme.
checks-aadsts-9002326 =
    .title = Uplatnění tokenu mezi zdroji je jen pro jednostránkové aplikace
    .cause = Kód uplatnila stránka v prohlížeči, ale adresa pro přesměrování je zaregistrovaná na platformě Web.
    .fix = Zaregistrujte adresu v „Jednostránková aplikace“, pokud se kód uplatňuje v prohlížeči; serverové aplikace (jako { -yetiforce }) ji ponechají na platformě Web.
checks-aadsts-9002327 =
    .title = Tokeny jednostránkové aplikace lze uplatnit jen z prohlížeče
    .cause = Adresa pro přesměrování je zaregistrovaná v „Jednostránková aplikace“, ale kód uplatňuje server.
    .fix = V „Ověřování“ přesuňte adresu pro přesměrování z „Jednostránková aplikace“ na platformu Web.
checks-aadsts-1002012 =
    .title = Přístup jen pro aplikaci vyžaduje obor .default
    .cause = Aplikace přihlašující se sama za sebe požádala o jednotlivá oprávnění místo o obor .default prostředku.
    .fix = Žádejte https://graph.microsoft.com/.default (nebo https://outlook.office365.com/.default pro IMAP a POP) a oprávnění přidejte v „Oprávnění rozhraní API“ se souhlasem správce.
