# Wspólne słowa wszystkich przewodników: elementy kroku w nakładce, opisy sprawdzania kroku,
# nazwy wartości i ról oraz kroki wspólne dla każdej rejestracji aplikacji.
#
# Teksty kroków używają prostych znaczników: pusta linia oddziela akapity, linia zaczynająca się
# od "- " to punkt listy, `odwrócone apostrofy` oznaczają wartości do wpisania lub skopiowania.
# Etykiety portalu cytuj dokładnie tak, jak pokazuje je polski portal (tabela etykiet w
# domain.md §10), w cudzysłowie „…”.

## Elementy kroku

guide-step-counter = Krok { $number } z { $total }
# $count: liczba kroków; $optional: ile z nich można pominąć.
guide-summary = { $count ->
        [one] { $count } krok
        [few] { $count } kroki
       *[many] { $count } kroków
    }{ $optional ->
        [0] {""}
        [one] , w tym { $optional } opcjonalny
        [few] , w tym { $optional } opcjonalne
       *[many] , w tym { $optional } opcjonalnych
    }
# Wyświetlane zamiast wartości, której jeszcze nie odczytano, np. ‹Identyfikator URI przekierowania›.
guide-placeholder = ‹{ $name }›
guide-md-step-heading = { $number }. { $title }
guide-md-requirements = Czego wymaga rejestracja
guide-md-roles = Potrzebne role
guide-md-not-covered = Czego ten przewodnik nie obejmuje
guide-md-steps = Kroki
guide-md-action = Co zrobić:
guide-md-where = Gdzie:
guide-md-highlight = Wyróżnione:
guide-md-captures = Zapamiętane wartości:
guide-md-done-when = Gotowe, gdy:
guide-md-docs = Dokumentacja Microsoft:
guide-md-optional = opcjonalny
guide-md-outside-portal = poza portalem

## Czego szukać, gdy wyróżnienie nie znajdzie elementu

guide-look-for = „{ $label }” { $where }
# $english: ta sama etykieta w angielskim portalu, z którego korzysta wielu administratorów.
guide-look-for-alt = „{ $label }” (w angielskim portalu: „{ $english }”) { $where }
guide-position-top-bar = w polu wyszukiwania u góry portalu
guide-position-left-menu = w menu po lewej stronie
guide-position-command-bar = na pasku narzędzi u góry strony
guide-position-essentials = w sekcji Podstawowe informacje na stronie
guide-position-form = w formularzu
guide-position-table = na liście na stronie
guide-position-dialog = w panelu, który otworzył się po prawej stronie
guide-position-footer = na dole formularza lub panelu
guide-position-anywhere = na stronie

## Jak sprawdzany jest krok

guide-verify-page = Otwarta jest strona „{ $page }”.
guide-verify-anchors-done = Wyróżnione pola są wypełnione lub zaznaczone tak, jak opisano.
guide-verify-captured = Przewodnik zapamiętał { $count ->
        [one] wartość: { $fields }.
        [few] { $count } wartości: { $fields }.
       *[many] { $count } wartości: { $fields }.
    }
guide-verify-permissions-listed = Na liście skonfigurowanych uprawnień { $count ->
        [one] jest uprawnienie { $names }.
        [few] są { $count } uprawnienia: { $names }.
       *[many] jest { $count } uprawnień: { $names }.
    }
guide-verify-permissions-granted = { $count ->
        [one] Przy uprawnieniu { $names } stan to „Udzielono dla” Twojej organizacji.
        [few] Przy każdym z { $count } uprawnień stan to „Udzielono dla” Twojej organizacji: { $names }.
       *[many] Przy każdym z { $count } uprawnień stan to „Udzielono dla” Twojej organizacji: { $names }.
    }
guide-verify-secret-row = W sekcji „{ $section }” pojawia się nowy wiersz.
guide-verify-list-contains = Lista „{ $list }” zawiera { $value }.
guide-verify-text-present = Strona pokazuje „{ $label }”.
guide-verify-manual = Potwierdzasz w przewodniku, że to zrobione.

## Wartości odczytywane przez przewodnik

guide-field-tenant-id = Identyfikator katalogu (dzierżawy)
guide-field-client-id = Identyfikator aplikacji (klienta)
guide-field-object-id = Identyfikator obiektu rejestracji aplikacji
guide-field-secret-value = Wartość klucza tajnego klienta
guide-field-secret-id = Identyfikator klucza tajnego
guide-field-secret-expiry = Data wygaśnięcia klucza tajnego klienta
guide-field-redirect-uri = Identyfikator URI przekierowania
guide-field-app-name = Nazwa aplikacji
guide-field-service-principal-object-id = Identyfikator obiektu aplikacji dla przedsiębiorstw
guide-field-user-object-id = Identyfikator obiektu użytkownika skrzynki
guide-field-tenant-name = Nazwa organizacji

## Wymagania

guide-req-account-type = Obsługiwane typy kont: „{ $type }”
guide-req-platform = Platforma identyfikatora URI przekierowania: „{ $platform }”
guide-req-no-redirect = Bez identyfikatora URI przekierowania
guide-req-permission = { $api }: `{ $name }` ({ $type })
guide-req-permission-optional = { $api }: `{ $name }` ({ $type }), opcjonalne
guide-req-permission-vendor = { $api }: `{ $name }` ({ $type }), o które prosi aplikacja producenta przy logowaniu (na ile pokazuje to jej ekran zgody)
guide-req-vendor = Nie rejestrujesz żadnej aplikacji: program loguje się własną aplikacją producenta, na którą zgodę wyraża użytkownik skrzynki (albo Ty, w imieniu całej organizacji).

## Role w Entra. Wartość to nazwa roli z polskiego portalu, w nawiasie nazwa angielska.

guide-role-line = { $role }: { $purpose }
guide-role-application-developer = Deweloper aplikacji (Application Developer)
    .purpose = rejestruje aplikację (niepotrzebna, jeśli w Twojej dzierżawie wszyscy użytkownicy mogą rejestrować aplikacje, co jest ustawieniem domyślnym).
guide-role-cloud-application-administrator = Administrator aplikacji w chmurze (Cloud Application Administrator)
    .purpose = udziela zgody administratora na uprawnienia delegowane i zarządza aplikacjami dla przedsiębiorstw.
guide-role-privileged-role-administrator = Administrator ról uprzywilejowanych (Privileged Role Administrator)
    .purpose = udziela zgody administratora na uprawnienia aplikacji Microsoft Graph i zmienia ustawienia zgody użytkowników (może to też Administrator globalny).
guide-role-exchange-administrator = Administrator programu Exchange (Exchange Administrator)
    .purpose = uruchamia polecenia programu PowerShell dla usługi Exchange Online, które ograniczają, z jakich skrzynek może korzystać aplikacja.

## regpilot guide (wiersz poleceń). $valid to lista poprawnych wartości, rozdzielonych przecinkami.

guide-cli-usage = użycie: regpilot guide --target <{ $targets }> [--lang <{ $langs }>] [--format <{ $formats }>]
guide-cli-missing-target = Brak --target; wybierz jedną z wartości: { $valid }.
guide-cli-unknown-target = Nieznana aplikacja docelowa „{ $value }”; wybierz jedną z wartości: { $valid }.
guide-cli-unknown-lang = Nieznany język „{ $value }”; wybierz jedną z wartości: { $valid }.
guide-cli-unknown-format = Nieznany format „{ $value }”; wybierz jedną z wartości: { $valid }.
guide-cli-extra-argument = Nieoczekiwany argument „{ $value }”.
guide-cli-broken = Wbudowany przewodnik jest uszkodzony: { $error }

## Kroki wspólne dla przewodników

guide-step-open-app-registrations =
    .title = Otwórz Rejestracje aplikacji
    .body =
        Zaloguj się do portalu Azure kontem, które może rejestrować aplikacje w Twojej organizacji.

        Rejestracje aplikacji są częścią usługi { -entra } (dawniej Azure Active Directory): wpisz `Rejestracje aplikacji` (lub `App registrations`) w polu wyszukiwania u góry i wybierz wynik albo użyj łącza przewodnika do tej strony.
    .action = Otwórz „Rejestracje aplikacji”.

guide-step-new-registration =
    .title = Rozpocznij nową rejestrację
    .body = Na stronie Rejestracje aplikacji rozpocznij nową rejestrację. (Na stronie przeglądu usługi { -entra } ten sam formularz otwiera „+ Dodaj” › „Rejestracja aplikacji”; w starszych wersjach portalu „+ Utwórz”).
    .action = Wybierz „+ Nowa rejestracja”.

guide-step-app-name =
    .title = Nazwij aplikację
    .body = Nazwę widzą użytkownicy podczas logowania i wyrażania zgody, a Ty na listach aplikacji. Wybierz taką, która mówi, do czego służy aplikacja; możesz ją później zmienić.
    .action = Wpisz nazwę w polu „Nazwa”.

guide-step-register =
    .title = Zarejestruj aplikację
    .body = Sprawdź jeszcze raz formularz i zarejestruj aplikację. Portal otworzy stronę Przegląd nowej aplikacji; jej adres zawiera już identyfikatory aplikacji.
    .action = Wybierz „Zarejestruj” na dole formularza.

guide-step-client-secret =
    .title = Dodaj klucz tajny klienta
    .body =
        Klucz tajny klienta to hasło aplikacji. W menu po lewej otwórz „Certyfikaty i klucze tajne”, a na karcie „Klucze tajne klienta” dodaj nowy klucz.

        Wpisz opis, który później rozpoznasz (np. gdzie klucz jest używany), i wybierz, kiedy wygaśnie: zalecane jest 180 dni, najdłużej 730 dni (24 miesiące). Zapisz przypomnienie w kalendarzu: gdy klucz wygaśnie, poczta przestanie działać, dopóki nie dodasz nowego.
    .action = Wybierz „+ Nowy klucz tajny klienta”, wypełnij „Opis” i „Wygaśnięcie”, a potem wybierz „Dodaj”.

guide-step-secret-value =
    .title = Skopiuj teraz wartość klucza tajnego
    .body =
        W wierszu nowego klucza są dwa długie ciągi znaków. Potrzebny jest ten z kolumny „Wartość”. „Identyfikator klucza tajnego” to tylko identyfikator klucza: jeśli zostanie wpisany zamiast wartości, logowanie kończy się błędem AADSTS7000215.

        Portal pokazuje wartość tylko teraz: po opuszczeniu lub odświeżeniu strony zostanie ukryta na zawsze i jedynym wyjściem będzie usunięcie klucza i dodanie nowego. Skopiuj ją przyciskiem kopiowania obok; przewodnik przechowuje ją tylko do końca tej sesji przeglądarki.
    .action = Skopiuj wartość z kolumny „Wartość”.
