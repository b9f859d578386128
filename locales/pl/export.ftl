# regpilot export: odczyt pakietu, odmowa przy błędach i tekst przypomnienia w kalendarzu.
# $target to zawsze nazwa produktu (YetiForce CRM, Statlook, ...), $kind portalowa nazwa typu
# uprawnień (Uprawnienia delegowane, Uprawnienia aplikacji).

## Wiersz poleceń: użycie

export-usage-missing-bundle = Brak --bundle PLIK: pliku pakietu wyeksportowanego przez rozszerzenie (- czyta go ze standardowego wejścia).
export-usage-missing-format = Brak --format; wybierz jeden z: { $valid }.
export-usage-unknown-format = Nieznany format „{ $format }”; wybierz jeden z: { $valid }.
export-usage-unknown-lang = Nieznany język „{ $lang }”; wybierz jeden z: { $valid }.
export-usage-extra-argument = Nieoczekiwany argument „{ $argument }”; pakiet podaje się w --bundle PLIK.
export-file-unreadable = Nie można odczytać { $file }: { $error }

## Odczyt pakietu
# $detail to opis problemu podany przez parser JSON (po angielsku).

export-bundle-syntax = { $file }, wiersz { $line }, kolumna { $column }: niepoprawny JSON ({ $detail }).
export-bundle-shape = { $file }, wiersz { $line }, kolumna { $column }: to nie jest pakiet programu { -regpilot } ({ $detail }).
export-bundle-version = { $file } to pakiet w wersji formatu { $found }; ta wersja programu { -regpilot } odczytuje wersję { $supported }.

## Ustalenia, które wstrzymują eksport
# Jeden wiersz na ustalenie: "$severity $field [$rule]: $message". $field to nazwa pola pakietu
# (np. tenant_id), a $rule stały identyfikator reguły; żadnego z nich się nie tłumaczy.

export-severity-error = błąd
export-severity-warning = ostrzeżenie
export-finding = { $severity } { $field } [{ $rule }]: { $message }
export-refused =
    { $count ->
        [one] Pakiet zawiera błąd, więc nic nie zostało wyeksportowane. Popraw go w portalu lub w pakiecie i wyeksportuj ponownie.
        [few] Pakiet zawiera { $count } błędy, więc nic nie zostało wyeksportowane. Popraw je w portalu lub w pakiecie i wyeksportuj ponownie.
       *[many] Pakiet zawiera { $count } błędów, więc nic nie zostało wyeksportowane. Popraw je w portalu lub w pakiecie i wyeksportuj ponownie.
    }

## Ustalenia dotyczące całego pakietu (wartości opisują komunikaty samych sprawdzeń)
# $key to nazwa pola pakietu (application_object_id, app_name, ...); nie tłumaczy się jej.

export-check-required = W pakiecie brakuje pola { $key }, którego potrzebuje { $target }. Wyeksportuj pakiet ponownie po kroku przewodnika, który je zapisuje.
export-check-secret-id = Identyfikator klucza tajnego to GUID, np. 0f8fad5b-d9cb-469f-a165-70867728950e. Skopiuj go z kolumny Identyfikator klucza tajnego w sekcji Certyfikaty i klucze tajne; sam klucz tajny należy do wartości.
export-check-control-character = { $key } zawiera podział wiersza lub inny znak sterujący. Usuń go z nazwy w portalu i wyeksportuj ponownie.
export-check-unknown-permission = { $name } ({ $kind }) nie jest uprawnieniem znanym programowi { -regpilot }, więc nie da się zapisać jego identyfikatora. Sprawdź nazwę w sekcji Uprawnienia interfejsu API.

## Formaty, których nie da się utworzyć z tego pakietu

export-error-no-secret = Pakiet nie zawiera klucza tajnego klienta, więc nie ma daty wygaśnięcia, o której trzeba przypomnieć.
export-error-vendor-application = { $target } loguje się przez własną aplikację producenta: nie ma Twojej rejestracji aplikacji, którą można by odtworzyć skryptem lub opisać w manifeście.
export-error-unknown-permission = { $name } ({ $kind }) nie jest uprawnieniem znanym programowi { -regpilot }, więc nie da się zapisać jego identyfikatora.
export-error-reminder-range = Data wygaśnięcia klucza tajnego jest zbyt wczesna na przypomnienie 14 dni przed nią.

## Uwagi wypisywane obok eksportu

export-note-secret-not-in-format = Ten format nigdy nie zawiera wartości klucza tajnego; --include-secret niczego nie zmienia. Skrypty tworzą nowy klucz tajny klienta, ponieważ wartość generuje { -entra }.
export-note-secret-absent = Pakiet nie zawiera wartości klucza tajnego, którą można by dołączyć.

## Przypomnienie w kalendarzu (.ics), w języku pakietu
# $app: nazwa rejestracji aplikacji; $expires: data, np. 2026-09-01; $secretid i $clientid:
# identyfikatory GUID; $days: 14. Etykiety jak w portalu: Certyfikaty i klucze tajne, Nowy klucz
# tajny klienta, Wartość.

export-ics-summary = Klucz tajny klienta aplikacji „{ $app }” wygasa dnia { $expires }
export-ics-description = Klucz tajny klienta (identyfikator klucza tajnego { $secretid }) rejestracji aplikacji „{ $app }” (identyfikator aplikacji (klienta) { $clientid }) wygasa dnia { $expires }. Wcześniej w { -entra } otwórz rejestrację aplikacji, przejdź do sekcji Certyfikaty i klucze tajne, dodaj Nowy klucz tajny klienta, wpisz jego Wartość w { $target }, a potem usuń stary klucz tajny.
export-ics-alarm =
    { $days ->
        [one] Klucz tajny klienta aplikacji „{ $app }” wygasa za { $days } dzień.
        [few] Klucz tajny klienta aplikacji „{ $app }” wygasa za { $days } dni.
       *[many] Klucz tajny klienta aplikacji „{ $app }” wygasa za { $days } dni.
    }
