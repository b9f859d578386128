# Předání hodnot: kontrola přihlašovacích údajů, panely ke kopírování, vyplnění formuláře YetiForce a soubory.

## Popisky, které zobrazují cílové aplikace, přesně tak, jak je každá z nich v tomto jazyce ukazuje.
## Jsou to termíny, protože jde o slova samotných aplikací, ne o naše.
## YetiForce CRM ani Statlook nemají české rozhraní (Češi vidí anglické popisky); AktionNEXT
## a Comarch DMS ukazují tyto popisky ve všech jazycích stejně: ponechte je beze změny.

-yetiforce-label-auth-method = Authorization method
-yetiforce-label-provider = OAuth Authentication Provider
-yetiforce-label-client-id = Client ID
-yetiforce-label-client-secret = Client secret
-yetiforce-label-redirect-uri = Redirect URI
-yetiforce-option-oauth2 = OAuth2
-yetiforce-option-provider = MS Azure - Outlook.com (Office 365)
-statlook-master-label-client-type = Client type
-statlook-master-label-client-id = Client ID
-statlook-master-label-client-secret = Client Secret
-statlook-master-label-tenant = Tenant
-statlook-master-label-object-id = Object ID
# Pravopis Statlooku („Confidental“) je zachován záměrně: tak položka v seznamu vypadá.
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
# Kde který formulář najdete, slovy nabídek samotné aplikace.
-yetiforce-place = Settings › Mail servers › Add
-statlook-master = Statlook Master
-statlook-master-place = Narzędzia › Konta pocztowe › Nowe › Poczta wychodząca (+)
-statlook-web = Statlook Web
-statlook-web-place = Ustawienia › Konta pocztowe › Dodaj › Poczta przychodząca (+)
-aktionnext-winclient = AktionNEXT WinClient
-aktionnext-place = Konfigurace systému › Konfigurace odesílání emailů
-comarch-smtp-section = Serwer pocztowy
-comarch-smtp-place = Ustawienia › Serwer pocztowy › Komponent mailowy na serwerze IIS
-comarch-imap-section = Punkt konfiguracyjny ACD
-comarch-imap-place = Punkt konfiguracyjny › Tryb współpracy › Współpraca ze skrzynką pocztową
# Poštovní servery Microsoft 365 (názvy hostitelů, ne slova).
-m365-smtp-host = smtp.office365.com
-m365-imap-host = outlook.office365.com

## Kontrola přihlašovacích údajů

credcheck-input-secret = Hodnota tajného kódu klienta
credcheck-input-redirect-uri = Identifikátor URI pro přesměrování
credcheck-input-permissions = Oprávnění aplikace
credcheck-missing-tenant = Zadejte ID adresáře (tenanta) ze stránky Přehled aplikace.
credcheck-missing-client = Zadejte ID aplikace (klienta) ze stránky Přehled aplikace.
credcheck-missing-secret = Zadejte hodnotu tajného kódu klienta (Certifikáty a tajné kódy), ne jeho tajné ID.
credcheck-vendor = Aplikace { $target } se přihlašuje vlastní aplikací výrobce: nemáte tu žádné přihlašovací údaje ke kontrole.
credcheck-vendor-consent = Uživatel poštovní schránky se přihlásí tlačítkem „Autoryzacja“ v aplikaci { $target }. Pokud uživatelé ve vaší organizaci nesmějí udělovat souhlas aplikacím, udělte souhlas správce podnikové aplikaci { $target }.
credcheck-delegated = Zkontrolováno bez přihlášení: hodnoty vypadají správně. Aplikace { $target } přihlašuje uživatele sama, takže skutečný test proběhne v ní.
credcheck-delegated-fix = Než hodnoty zadáte do aplikace { $target }, opravte ty níže uvedené.
credcheck-delegated-how-yetiforce = Po uložení poštovního serveru v aplikaci { $target } se přihlaste jejím tlačítkem Microsoft: token pro IMAP a SMTP lze získat jen přihlášením a souhlasem uživatele.
credcheck-not-sent = Nejdřív opravte hodnoty níže: společnosti Microsoft nebylo nic odesláno.
credcheck-token-ok = Přihlašovací údaje fungují: Microsoft vydal token se všemi oprávněními aplikace, která { $target } potřebuje.
credcheck-token-missing = Přihlašovací údaje fungují, ale v tokenu { $count ->
    [one] chybí jedno oprávnění, které
    [few] chybí { $count } oprávnění, která
    [many] chybí { $count } oprávnění, která
   *[other] chybí { $count } oprávnění, která
} aplikace { $target } potřebuje.
# $role je název oprávnění, např. Mail.Send.
credcheck-role-missing = Oprávnění { $role } v tokenu chybí: buď není v „Oprávnění rozhraní API“, nebo pro něj nebyl udělen souhlas správce. Vyberte „Udělit souhlas správce pro“ svou organizaci.
credcheck-roles-extra = Token obsahuje i { $count ->
    [one] oprávnění, které
    [few] oprávnění, která
    [many] oprávnění, která
   *[other] oprávnění, která
} aplikace nepotřebuje: { $roles }. Odeberte, co nepoužívá.
credcheck-other-tenant = Token vydal jiný tenant ({ $tid }), než jaký byl zadán.
credcheck-token-unreadable = Microsoft vydal token, takže tajný kód je správný; jaká oprávnění obsahuje, se nepodařilo přečíst.
credcheck-refused = Microsoft přihlašovací údaje odmítl ({ $code }): { $title }.
credcheck-error-unknown =
    .title = Chyba, kterou regpilot nevysvětluje
    .cause = Co se pokazilo, říká níže uvedená zpráva společnosti Microsoft.
    .fix = Otevřete stránku společnosti Microsoft pro tento kód nebo kód vyhledejte v dokumentaci Microsoftu.
credcheck-network = Nepodařilo se spojit s { $host } ({ $detail }). Zkontrolujte síťové připojení, proxy nebo bránu firewall; nic nebylo zkontrolováno.
credcheck-timeout = { $host } neodpověděl do { $seconds } s. Zkontrolujte síťové připojení nebo proxy a zkuste to znovu.
credcheck-unexpected = { $host } odpověděl něčím, co není token ani chyba Microsoftu (HTTP { $status }). Možná překáží proxy.

## Panely ke kopírování

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
    .hint = vyberte tuto možnost
handoff-yetiforce-auth-method-value = { -yetiforce-option-oauth2 }
handoff-yetiforce-provider = { -yetiforce-label-provider }
    .hint = vyberte tohoto poskytovatele
handoff-yetiforce-provider-value = { -yetiforce-option-provider }
handoff-yetiforce-client-id = { -yetiforce-label-client-id }
    .hint = ID aplikace (klienta)
handoff-yetiforce-client-secret = { -yetiforce-label-client-secret }
    .hint = hodnota tajného kódu klienta
handoff-yetiforce-redirect-uri = { -yetiforce-label-redirect-uri }
    .hint = vyberte možnost s touto adresou

handoff-statlook-master-client-type = { -statlook-master-label-client-type }
    .hint = vyberte tento typ
handoff-statlook-master-client-type-value = { -statlook-option-exchange }
handoff-statlook-master-client-id = { -statlook-master-label-client-id }
    .hint = ID aplikace (klienta)
handoff-statlook-master-client-secret = { -statlook-master-label-client-secret }
    .hint = hodnota tajného kódu klienta
handoff-statlook-master-tenant = { -statlook-master-label-tenant }
    .hint = ID adresáře (tenanta)
handoff-statlook-master-object-id = { -statlook-master-label-object-id }
    .hint = ID objektu uživatele poštovní schránky (Uživatelé), ne aplikace

handoff-statlook-web-client-type = { -statlook-web-label-client-type }
    .hint = vyberte tento typ
handoff-statlook-web-client-type-value = { -statlook-option-exchange }
handoff-statlook-web-client-id = { -statlook-web-label-client-id }
    .hint = ID aplikace (klienta)
handoff-statlook-web-client-secret = { -statlook-web-label-client-secret }
    .hint = hodnota tajného kódu klienta
handoff-statlook-web-tenant = { -statlook-web-label-tenant }
    .hint = ID adresáře (tenanta)
handoff-statlook-web-object-id = { -statlook-web-label-object-id }
    .hint = ID objektu uživatele poštovní schránky (Uživatelé), ne aplikace

handoff-aktionnext-authentication = { -aktionnext-label-authentication }
    .hint = vyberte tuto metodu
handoff-aktionnext-authentication-value = { -aktionnext-option-oauth2 }
handoff-aktionnext-tenant = { -aktionnext-label-tenant }
    .hint = ID adresáře (tenanta)
handoff-aktionnext-client-id = { -aktionnext-label-client-id }
    .hint = ID aplikace (klienta)
handoff-aktionnext-client-secret = { -aktionnext-label-client-secret }
    .hint = navzdory popisku: hodnota tajného kódu, ne jeho tajné ID

handoff-comarch-smtp-auth-method = { -comarch-label-auth-method }
    .hint = vyberte tuto metodu a pak stiskněte „Autoryzacja“
handoff-comarch-smtp-auth-method-value = { -comarch-option-oauth2 }
handoff-comarch-smtp-server = { -comarch-label-server }
    .hint = server SMTP Microsoft 365
handoff-comarch-smtp-server-value = { -m365-smtp-host }
handoff-comarch-smtp-port = { -comarch-label-port }
    .hint = SMTP se STARTTLS
handoff-comarch-smtp-port-value = 587
handoff-comarch-smtp-encryption = { -comarch-label-encryption }
    .hint = vyberte tuto možnost
handoff-comarch-smtp-encryption-value = { -comarch-option-automatic }
handoff-comarch-imap-account-type = { -comarch-label-account-type }
    .hint = vyberte tento typ
handoff-comarch-imap-account-type-value = { -comarch-option-imap }
handoff-comarch-imap-server = { -comarch-label-incoming-server }
    .hint = server IMAP Microsoft 365 (imap-mail.outlook.com z návodu je starší název)
handoff-comarch-imap-server-value = { -m365-imap-host }
handoff-comarch-imap-port = { -comarch-label-port }
    .hint = IMAP přes SSL/TLS
handoff-comarch-imap-port-value = 993
handoff-comarch-imap-auth-method = { -comarch-label-auth-method }
    .hint = vyberte tuto metodu a pak stiskněte „Autoryzacja“
handoff-comarch-imap-auth-method-value = { -comarch-option-oauth2 }

handoff-copy-no-secret = Není uložen žádný tajný kód klienta: nejdřív zadejte jeho hodnotu při kontrole přihlašovacích údajů.
handoff-copy-secret-done = Tajný kód klienta je ve schránce. Pokud tam ještě bude, za { $seconds } s se vymaže.
handoff-copy-failed = Do schránky se nepodařilo zapsat ({ $detail }).
# $length je počet znaků tajného kódu, který se nikdy nezobrazuje.
handoff-masked = •••• ({ $length ->
    [one] { $length } znak
    [few] { $length } znaky
    [many] { $length } znaku
   *[other] { $length } znaků
})

## Vyplnění formuláře YetiForce

handoff-autofill-bad-origin = Zadejte adresu svého YetiForce začínající https://, například https://crm.example.com.
handoff-autofill-not-submitted = Formulář nebyl uložen: zkontrolujte ho v YetiForce a teprve tam stiskněte „Save“.
handoff-autofill-error = Stránku { $origin } se nepodařilo vyplnit ({ $detail }).
handoff-autofill-no-tab = Žádná karta nezobrazuje { $origin }. Otevřete tam formulář poštovního serveru (Settings › Mail servers › Add) a zkuste to znovu.
handoff-autofill-no-form = Karta { $origin } nezobrazuje formulář poštovního serveru. Otevřete tam Settings › Mail servers › Add a zkuste to znovu.
handoff-autofill-done = Formulář poštovního serveru na { $origin } je vyplněný.
handoff-autofill-partly = Formulář poštovního serveru na { $origin } je vyplněný kromě { $count ->
    [one] jednoho pole
    [few] { $count } polí
    [many] { $count } pole
   *[other] { $count } polí
}: viz níže.
handoff-fill-filled = vyplněno
handoff-fill-no-field = ve formuláři chybí
handoff-fill-no-option = žádná možnost s touto adresou: nejdřív přidejte identifikátor URI pro přesměrování v YetiForce
handoff-fill-no-value = zatím nezachyceno

## Soubory

handoff-format-json = Balíček JSON
handoff-format-env = Soubor .env
handoff-format-ics = Připomínka v kalendáři (.ics)
handoff-format-az = Skript pro Azure CLI
handoff-format-pwsh = Skript PowerShellu (Microsoft Graph)
handoff-format-manifest = Oprávnění pro manifest (requiredResourceAccess)
handoff-export-bad-time = Export potřebuje aktuální čas; načtěte průvodce znovu a zkuste to ještě jednou.
handoff-export-missing = Zatím nezachyceno: { $fields }. Nejdřív projděte kroky průvodce.

## Sekce předání v panelu průvodce (texty bez proměnných)

handoff-ui-cred-title = Zkontrolovat přihlašovací údaje
handoff-ui-cred-tenant = ID adresáře (tenanta)
handoff-ui-cred-client = ID aplikace (klienta)
handoff-ui-cred-secret = Hodnota tajného kódu klienta
handoff-ui-cred-secret-stored = Tajný kód klienta je uložený do konce této relace prohlížeče.
handoff-ui-cred-secret-forget = Zapomenout ho
handoff-ui-cred-check = Zkontrolovat
overlay-cred-checking = Probíhá kontrola…
handoff-ui-cred-roles = Oprávnění aplikace
handoff-ui-cred-granted = uděleno
handoff-ui-cred-missing = chybí
handoff-ui-cred-not-needed = nepotřebné
handoff-ui-cred-why = Příčina
handoff-ui-cred-fix = Řešení
handoff-ui-cred-entra-says = Zpráva společnosti Microsoft
handoff-ui-cred-trace = ID trasování
handoff-ui-cred-correlation = ID korelace
handoff-ui-cred-lookup = Stránka společnosti Microsoft pro tento kód
handoff-ui-copy-title = Hodnoty pro aplikaci
overlay-handoff-copy = Kopírovat
overlay-handoff-copied = Zkopírováno
overlay-handoff-copy-failed = Nepodařilo se zkopírovat
handoff-ui-not-captured = zatím nezachyceno
handoff-ui-hidden = skryto
handoff-ui-autofill-title = Vyplnit formulář v YetiForce
handoff-ui-autofill-address = Adresa vašeho YetiForce
handoff-ui-autofill-button = Vyplnit formulář
overlay-autofill-denied = Přístup k této adrese nebyl povolen: nic nebylo vyplněno.
overlay-autofill-bad-address = Zadejte adresu začínající https://.
handoff-ui-export-title = Soubory
handoff-ui-export-include-secret = Zahrnout tajný kód klienta (jen JSON a .env; soubor dobře chraňte)
