# regpilot export: načtení balíčku, odmítnutí chybného a text připomínky v kalendáři.
# $target je vždy název produktu (YetiForce CRM, Statlook, ...), $kind název typu oprávnění
# z portálu (Delegovaná oprávnění, Oprávnění aplikace).

## Příkazový řádek: použití

export-usage-missing-bundle = Chybí --bundle SOUBOR: soubor balíčku exportovaný rozšířením (- ho čte ze standardního vstupu).
export-usage-missing-format = Chybí --format; zvolte jeden z: { $valid }.
export-usage-unknown-format = Neznámý formát „{ $format }“; zvolte jeden z: { $valid }.
export-usage-unknown-lang = Neznámý jazyk „{ $lang }“; zvolte jeden z: { $valid }.
export-usage-extra-argument = Neočekávaný argument „{ $argument }“; balíček se zadává pomocí --bundle SOUBOR.
export-file-unreadable = Nelze přečíst { $file }: { $error }

## Načtení balíčku
# $detail je popis problému od parseru JSON (anglicky).

export-bundle-syntax = { $file }, řádek { $line }, sloupec { $column }: neplatný JSON ({ $detail }).
export-bundle-shape = { $file }, řádek { $line }, sloupec { $column }: nejde o balíček programu { -regpilot } ({ $detail }).
export-bundle-version = { $file } je balíček ve verzi formátu { $found }; tato verze programu { -regpilot } čte verzi { $supported }.

## Zjištění, která zastaví export
# Jeden řádek na zjištění: "$severity $field [$rule]: $message". $field je název pole balíčku
# (např. tenant_id) a $rule stálý identifikátor pravidla; nepřekládá se ani jedno.

export-severity-error = chyba
export-severity-warning = varování
export-finding = { $severity } { $field } [{ $rule }]: { $message }
export-refused =
    { $count ->
        [one] Balíček obsahuje chybu, proto se nic neexportovalo. Opravte ji v portálu nebo v balíčku a exportujte znovu.
        [few] Balíček obsahuje { $count } chyby, proto se nic neexportovalo. Opravte je v portálu nebo v balíčku a exportujte znovu.
        [many] Balíček obsahuje { $count } chyby, proto se nic neexportovalo. Opravte je v portálu nebo v balíčku a exportujte znovu.
       *[other] Balíček obsahuje { $count } chyb, proto se nic neexportovalo. Opravte je v portálu nebo v balíčku a exportujte znovu.
    }

## Zjištění o balíčku jako celku (hodnoty popisují zprávy samotných kontrol)
# $key je název pole balíčku (application_object_id, app_name, ...); nepřekládá se.

export-check-required = V balíčku chybí pole { $key }, které { $target } potřebuje. Exportujte balíček znovu po kroku průvodce, který ho zaznamená.
export-check-secret-id = Tajné ID je GUID, například 0f8fad5b-d9cb-469f-a165-70867728950e. Zkopírujte ho ze sloupce Tajné ID v části Certifikáty a tajné kódy; samotný tajný kód patří do hodnoty.
export-check-control-character = { $key } obsahuje zalomení řádku nebo jiný řídicí znak. Odstraňte ho z názvu v portálu a exportujte znovu.
export-check-unknown-permission = { $name } ({ $kind }) není oprávnění, které { -regpilot } zná, proto nelze zapsat jeho ID. Zkontrolujte název v části Oprávnění rozhraní API.

## Formáty, které z tohoto balíčku nelze vytvořit

export-error-no-secret = Balíček neobsahuje tajný kód klienta, takže není na co upozorňovat před vypršením platnosti.
export-error-vendor-application = { $target } se přihlašuje vlastní aplikací výrobce: neexistuje žádná vaše registrace aplikace, kterou by šlo vytvořit skriptem nebo popsat v manifestu.
export-error-unknown-permission = { $name } ({ $kind }) není oprávnění, které { -regpilot } zná, proto nelze zapsat jeho ID.
export-error-reminder-range = Datum vypršení platnosti tajného kódu je příliš brzké na připomínku 14 dní předem.

## Poznámky vypisované vedle exportu

export-note-secret-not-in-format = Tento formát nikdy neobsahuje hodnotu tajného kódu; --include-secret nic nemění. Skripty vytvoří nový tajný kód klienta, protože hodnotu generuje { -entra }.
export-note-secret-absent = Balíček neobsahuje hodnotu tajného kódu, kterou by šlo přidat.

## Připomínka v kalendáři (.ics), v jazyce balíčku
# $app: název registrace aplikace; $expires: datum, např. 2026-09-01; $secretid a $clientid:
# identifikátory GUID; $days: 14. Popisky jako v portálu: Certifikáty a tajné kódy, Nový tajný kód
# klienta, Hodnota.

export-ics-summary = Platnost tajného kódu klienta aplikace „{ $app }“ vyprší dne { $expires }
export-ics-description = Platnost tajného kódu klienta (tajné ID { $secretid }) registrace aplikace „{ $app }“ (ID aplikace (klienta) { $clientid }) vyprší dne { $expires }. Předtím v { -entra } otevřete registraci aplikace, přejděte do části Certifikáty a tajné kódy, přidejte Nový tajný kód klienta, zadejte jeho Hodnotu do { $target } a potom starý tajný kód odstraňte.
export-ics-alarm =
    { $days ->
        [one] Platnost tajného kódu klienta aplikace „{ $app }“ vyprší za { $days } den.
        [few] Platnost tajného kódu klienta aplikace „{ $app }“ vyprší za { $days } dny.
        [many] Platnost tajného kódu klienta aplikace „{ $app }“ vyprší za { $days } dne.
       *[other] Platnost tajného kódu klienta aplikace „{ $app }“ vyprší za { $days } dní.
    }
