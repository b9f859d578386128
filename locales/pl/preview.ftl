# Witryna podglądu dla zespołu dokumentacji: każdy przewodnik w każdym języku tak, jak pokazuje
# go nakładka, obok piaskownica portalu, do tego raport tłumaczeń. Cała witryna mówi w języku
# wybranym na niej. Etykiety portalu cytujemy tak, jak pokazuje je polski portal.

-preview-microsoft-azure = Microsoft Azure

## Nagłówek i stopka

preview-title = Podgląd przewodników { -regpilot }
preview-subtitle = Każdy przewodnik w każdym języku, krok po kroku, tak jak pokazuje go nakładka
# Odnośnik dla osób korzystających z klawiatury, który przeskakuje nagłówek.
preview-skip = Przejdź do treści
# Etykieta nawigacji między dwiema sekcjami.
preview-nav-label = Sekcje
preview-nav-guides = Przewodniki
preview-nav-completeness = Kompletność tłumaczeń
preview-target-label = Aplikacja
preview-target-yetiforce = { -yetiforce }
preview-target-statlook = { -statlook }
preview-target-aktionnext = { -aktionnext }
preview-target-comarch = { -comarch }
preview-lang-label = Język
# $version: numer wersji rdzenia, np. 0.1.0.
preview-footer = Zbudowano z tego samego rdzenia co rozszerzenie { -regpilot }, wersja { $version }.

## Przewodnik

preview-load-error-heading = Nie można wczytać tego przewodnika
preview-load-error = Jego plik lub teksty nie przeszły walidacji. Komunikat modułu wczytującego:
preview-about-heading = O tym przewodniku
# Strzałki to same klawisze.
preview-keyboard-hint = Klawiatura: ← i → przechodzą do poprzedniego i następnego kroku; klawiszem Tab dotrzesz do listy kroków.
preview-prev = Poprzedni krok
preview-next = Następny krok
# Obok odczytywanej wartości, która jest tajna.
preview-secret = wartość tajna, przechowywana tylko w tej sesji przeglądarki

## Obok kroku

preview-sandbox-heading = Piaskownica portalu
preview-sketch-heading = Szkic strony z wyróżnionym elementem
preview-sketch-note = Szkic powstaje na podstawie opisu portalu, którym posługuje się regpilot: strona, jej menu i tylko te elementy, których używa ten krok, z etykietami w brzmieniu, w jakim pokazuje je portal w tym języku. Obramowany element to ten, który wyróżnia nakładka, a numery wskazują kolejność. Aby obramować inny, wybierz go z listy wyróżnianych elementów obok kroku.
preview-frame-heading = Replika portalu na stronie tego kroku
# $page: tytuł strony portalu, np. Rejestracje aplikacji.
preview-frame-title = Replika portalu: { $page }
preview-frame-note = Ramka otwiera replikę portalu pod bezpośrednim linkiem kroku, w tym języku, z przykładową aplikacją. To inna witryna, więc stąd nie da się w niej niczego zaznaczyć; replika rysuje tylko część stron, a panele otwierane nad stroną nie zmieniają jej linku. Poza przeglądarką uruchamianą przez `cargo xtask run` ramka pozostaje pusta: prawdziwy portal nie pozwala wyświetlać się w ramce.
preview-frame-open = Otwórz w nowej karcie
preview-outside-portal = Ten krok odbywa się poza portalem (w aplikacji lub w programie PowerShell), więc nie ma strony portalu do pokazania.
preview-sketch-brand = { -preview-microsoft-azure }

## Kompletność tłumaczeń

preview-completeness-heading = Kompletność tłumaczeń
preview-completeness-intro = Wszystkie teksty nakładki, przewodników, kontroli, eksportów i tej witryny w porównaniu z wersją angielską. Tekst to komunikat lub jeden z jego atrybutów, np. tytuł albo treść kroku.
preview-completeness-rule = Teksty identyczne z angielskimi brzmią dokładnie tak samo jak po angielsku. Teksty, w których nie ma nic do przetłumaczenia, są neutralne: wymieniamy je osobno i liczymy jako przetłumaczone. Po pominięciu symboli zastępczych, kodu, linków, nazw produktów i etykiet, które sam portal pokazuje w tym języku po angielsku (np. „Web”), nie zostaje w nich ani jedna litera. Terminów (nazw produktów) w ogóle się nie liczy.
preview-completeness-summary = Wszystkie języki
preview-col-lang = Język
preview-col-total = Teksty
preview-col-translated = Przetłumaczone
preview-col-missing = Brakujące
preview-col-identical = Identyczne z angielskimi
preview-col-neutral = Neutralne
preview-col-extra = Nadmiarowe
# $translated: przetłumaczone teksty; $percent: ich udział, zaokrąglony w dół.
preview-translated-cell = { $translated } ({ $percent }%)
# $count: liczba tekstów w wersji angielskiej.
preview-completeness-reference = { $count ->
        [one] Angielski jest językiem wzorcowym: { $count } tekst. Wybierz inny język, aby zobaczyć, czego w nim brakuje.
        [few] Angielski jest językiem wzorcowym: { $count } teksty. Wybierz inny język, aby zobaczyć, czego w nim brakuje.
       *[many] Angielski jest językiem wzorcowym: { $count } tekstów. Wybierz inny język, aby zobaczyć, czego w nim brakuje.
    }
# $translated: przetłumaczone teksty; $count: wszystkie teksty; $percent: udział, zaokrąglony w dół.
preview-completeness-sentence = Przetłumaczono: { $translated } (łącznie { $count ->
        [one] { $count } tekst
        [few] { $count } teksty
       *[many] { $count } tekstów
    }), czyli { $percent }%.
preview-missing-heading = { $count ->
        [one] Brakuje { $count } tekstu
        [few] Brakuje { $count } tekstów
       *[many] Brakuje { $count } tekstów
    }
preview-identical-heading = { $count ->
        [one] { $count } tekst identyczny z angielskim
        [few] { $count } teksty identyczne z angielskimi
       *[many] { $count } tekstów identycznych z angielskimi
    }
preview-neutral-heading = { $count ->
        [one] { $count } tekst neutralny (taki sam jak po angielsku, nie ma w nim nic do przetłumaczenia)
        [few] { $count } teksty neutralne (takie same jak po angielsku, nie ma w nich nic do przetłumaczenia)
       *[many] { $count } tekstów neutralnych (takich samych jak po angielsku, nie ma w nich nic do przetłumaczenia)
    }
preview-extra-heading = { $count ->
        [one] { $count } tekst, którego nie ma w wersji angielskiej (pozostałość po zmianie nazwy)
        [few] { $count } teksty, których nie ma w wersji angielskiej (pozostałość po zmianie nazwy)
       *[many] { $count } tekstów, których nie ma w wersji angielskiej (pozostałość po zmianie nazwy)
    }
preview-none = Brak.
preview-col-message = Identyfikator tekstu
preview-col-file = Plik
preview-col-english = Po angielsku
