# Kontrole: komunikaty o wynikach walidatorów regpilota (identyfikatory URI przekierowania,
# uprawnienia, identyfikatory, klucze tajne) oraz objaśnienia błędów AADSTS. Każdy komunikat mówi,
# co jest nie tak i jak to naprawić. Etykiety portalu cytujemy tak, jak pokazuje je polski portal Azure.

## Nazwy wstawiane do komunikatów

checks-target-yetiforce = { -yetiforce }
checks-target-statlook = { -statlook }
checks-target-aktionnext = { -aktionnext }
checks-target-comarch = { -comarch }

# Nazwy platform z „Dodaj platformę” na stronie Uwierzytelnianie.
checks-platform-web = Sieć Web
checks-platform-spa = Aplikacja jednostronicowa
checks-platform-installed = Aplikacje mobilne i klasyczne

# Karty okna „Żądanie uprawnień interfejsu API”.
checks-kind-delegated = Uprawnienia delegowane
checks-kind-application = Uprawnienia aplikacji

# Nazwy pól na stronie Przegląd aplikacji.
checks-field-tenant = Identyfikator katalogu (dzierżawy)
checks-field-client = Identyfikator aplikacji (klienta)
checks-field-object = Identyfikator obiektu
checks-field-secret = Wartość klucza tajnego klienta

# Opcje „Obsługiwane typy kont”.
checks-audience-azureadmyorg = Konta tylko w tym katalogu organizacyjnym (jedna dzierżawa)
checks-audience-azureadmultipleorgs = Konta w dowolnym katalogu organizacyjnym (wiele dzierżaw)
checks-audience-azureadandpersonalmicrosoftaccount = Konta w dowolnym katalogu organizacyjnym i osobiste konta Microsoft
checks-audience-personalmicrosoftaccount = Tylko osobiste konta Microsoft

## Werdykty i waga

checks-verdict-ok = w porządku
checks-verdict-warning = ostrzeżenie
checks-verdict-error = błąd

## Identyfikatory URI przekierowania

checks-https-required-web = Identyfikator URI przekierowania dla platformy „{ checks-platform-web }” musi zaczynać się od https:// (http:// tylko dla localhost), a nie od { $scheme }:.
checks-https-required-spa = Identyfikator URI przekierowania dla platformy „{ checks-platform-spa }” musi zaczynać się od https:// (http:// tylko dla localhost), a nie od { $scheme }:.
checks-https-required-installed = { $scheme }: nie może być identyfikatorem URI przekierowania. Użyj https://, http://localhost albo własnego schematu aplikacji (na przykład msal<identyfikator klienta>://auth).
checks-http-localhost-only = Tylko localhost może używać http://. Użyj https: { $suggestion }
checks-loopback-ip = Pole „Identyfikator URI przekierowania” w portalu nie przyjmuje adresu http://127.0.0.1. Wpisz go w manifeście aplikacji albo użyj { $suggestion }.
checks-ipv6-loopback = { -entra } nie obsługuje adresu pętli zwrotnej IPv6 [::1]. Użyj zamiast niego { $suggestion }.
checks-bad-char = { -entra } nie dopuszcza znaku { $char } w identyfikatorach URI przekierowania (ani żadnego z ! $ ' ( ) , ;). Usuń go albo zakoduj (na przykład przecinek jako %2C), jeśli aplikacja go oczekuje.
checks-bad-char-space = Identyfikator URI przekierowania nie może zawierać spacji ani niewidocznych znaków. Usuń je albo zapisz spację jako %20.
checks-bad-char-uri = Znak { $char } jest niedozwolony w identyfikatorze URI. Usuń go albo zakoduj procentowo.
checks-bad-char-unicode = Znak { $char } musi być zakodowany procentowo w identyfikatorze URI przekierowania. Skopiuj adres z paska adresu lub z ustawień aplikacji – tam jest już zakodowany.
checks-bad-char-percent = Po znaku % muszą stać dwie cyfry szesnastkowe (na przykład %20). Sam znak % zapisz jako %25.
checks-bad-char-host = Nazwa hosta nie może zawierać znaku { $char }. Sprawdź adres serwera.
checks-bad-port = Port { $port } jest nieprawidłowy: podaj liczbę od 1 do 65535 albo usuń dwukropek.
checks-too-long = Ten identyfikator URI ma { $length ->
    [one] { $length } znak
    [few] { $length } znaki
   *[many] { $length } znaków
}, a { -entra } dopuszcza najwyżej { $max }. Skróć ścieżkę.
checks-idn = { -entra } nie obsługuje umiędzynarodowionych nazw domen, takich jak { $host }. Użyj nazwy hosta zapisanej znakami ASCII.
checks-idn-tenant = { $host } to umiędzynarodowiona nazwa domeny, która nie może wskazywać dzierżawy. Użyj identyfikatora katalogu (dzierżawy) albo domeny contoso.onmicrosoft.com swojej organizacji.
checks-query-with-personal = Aplikacje, które dopuszczają osobiste konta Microsoft, nie mogą mieć ciągu zapytania (?…) w identyfikatorze URI przekierowania. Usuń go ({ $suggestion }) albo w „Obsługiwane typy kont” wybierz tylko konta służbowe.
checks-wildcard = Symbole wieloznaczne (*) są niedozwolone w identyfikatorze URI przekierowania. Zarejestruj każdy adres osobno, dokładnie.
checks-fragment = Identyfikator URI przekierowania nie może zawierać fragmentu (#…). Usuń go: { $suggestion }
checks-userinfo = Identyfikator URI przekierowania nie może zawierać nazwy użytkownika ani hasła przed znakiem @. Usuń tę część.
checks-whitespace = Na początku lub na końcu są spacje. Usuń je: { $suggestion }
checks-not-absolute-no-scheme = To nie jest pełny adres. Zacznij go od https://, na przykład { $suggestion }
checks-not-absolute-scheme-relative = Adres nie ma schematu. Zacznij go od https:, na przykład { $suggestion }
checks-not-absolute-slashes = Po schemacie muszą stać dwa ukośniki: { $suggestion }
checks-not-absolute-host = Po // brakuje nazwy hosta. Dopisz nazwę swojego serwera.
checks-empty = Nic nie wpisano.
checks-empty-scopes = Nie podano żadnych uprawnień. Aplikacja { $target } potrzebuje: { $needed }.
checks-duplicate = Ten identyfikator URI przekierowania jest już na liście (nr { $first }). Usuń kopię.
checks-duplicate-equivalent = To ten sam adres co nr { $first }, tylko inaczej zapisany. Zostaw jeden z nich.
checks-duplicate-port = { -entra } pomija port w adresach localhost, więc ten adres pokrywa się z nr { $first } i zostanie wybrany losowo jeden z nich. Zostaw jeden.
checks-duplicate-scope = Uprawnienie { $scope } występuje dwa razy. Wystarczy raz.
checks-too-many = Za dużo identyfikatorów URI przekierowania: aplikacja z typem kont „{ $audience }” może mieć najwyżej { $max }. Usuń te, których już nie używasz.
checks-yetiforce-path = { -yetiforce } oczekuje identyfikatora URI przekierowania zakończonego na { $expected }<klucz>. Skopiuj go przyciskiem kopiowania obok pola „Przekieruj URI” w ustawieniach serwera pocztowego { -yetiforce }.
checks-yetiforce-path-case = Ścieżka musi być zapisana dokładnie jako { $expected } (wielkość liter ma znaczenie). Skopiuj adres z { -yetiforce } zamiast go przepisywać.
checks-yetiforce-path-query = Identyfikator URI przekierowania { -yetiforce } nie ma ciągu zapytania (?…): kończy się na { $expected }<klucz>. Skopiuj go z { -yetiforce } zamiast poprawiać ręcznie.
checks-yetiforce-path-key = Klucza po { $expected } brakuje albo jest błędny: składa się tylko z liter i cyfr. Skopiuj cały adres z { -yetiforce }.
checks-wrong-platform = Aplikacja { $target } potrzebuje tego adresu na platformie „{ $expected-platform }”, a nie „{ $platform }”. Na stronie Uwierzytelnianie dodaj go w „{ $expected-platform }” i usuń stąd.

## Zakresy i uprawnienia

checks-unknown-scope = { $scope } nie jest uprawnieniem, którego używa aplikacja { $target }. Sprawdź pisownię albo je usuń.
checks-typo-scope = Czy chodziło o { $suggestion }? Wpisz dokładną nazwę.
checks-wrong-kind = Aplikacja { $target } potrzebuje uprawnienia { $scope } na karcie „{ $kind }”. W oknie „Żądanie uprawnień interfejsu API” wybierz „{ $kind }” i dodaj je tam, a drugie usuń.
checks-wrong-kind-only = Uprawnienie { $scope } istnieje tylko na karcie „{ $kind }”, więc nie pasuje tutaj, a aplikacja { $target } go nie potrzebuje. Usuń je.
checks-wrong-resource = Dla IMAP, POP i SMTP zakres musi wskazywać zasób Outlook: { $suggestion }. Token Microsoft Graph nie działa z protokołami pocztowymi.
checks-wrong-resource-oidc = Wpisz { $suggestion } bez adresu zasobu na początku.
checks-wrong-resource-outlook = Interfejs Outlook REST API został wycofany. Użyj zakresu Microsoft Graph: { $suggestion }
checks-missing-scope = Aplikacja { $target } potrzebuje uprawnienia { $scope } („{ $kind }”). W „Uprawnienia interfejsu API” wybierz „Dodaj uprawnienie”, potem Microsoft Graph, i dodaj je.
checks-missing-scope-offline = Aplikacja { $target } potrzebuje uprawnienia offline_access: bez niego nie ma tokenu odświeżania i skrzynka przestaje działać po mniej więcej godzinie. Dodaj offline_access (Microsoft Graph, „{ checks-kind-delegated }”).
checks-excess-scope = Aplikacja { $target } nie potrzebuje uprawnienia { $scope }. Usuń je, aby aplikacja miała tylko to, czego używa ({ $needed }).
checks-default-scope = .default nie jest uprawnieniem do dodania: żądanie tokenu prosi nim o wszystkie uprawnienia dodane do aplikacji. Dodaj same uprawnienia: { $needed }.
checks-missing-consent = { $scope } wymaga zgody administratora, a nie została udzielona. W „Uprawnienia interfejsu API” wybierz „Udziel zgody administratora dla” swojej organizacji.

## Identyfikatory i klucze tajne

checks-not-guid = „{ $field }” to identyfikator GUID złożony z 32 cyfr szesnastkowych, na przykład 0f8fad5b-d9cb-469f-a165-70867728950e. Skopiuj go ze strony Przegląd aplikacji.
checks-not-guid-tenant = Dzierżawa to identyfikator GUID („{ checks-field-tenant }” na stronie Przegląd) albo zweryfikowana domena, na przykład contoso.onmicrosoft.com. Skopiuj ją ze strony Przegląd.
checks-not-guid-email = To jest adres e-mail. W polu „{ $field }” wpisz tylko domenę: { $suggestion }
checks-not-guid-url = To jest adres, a nie „{ $field }”. Wklej sam identyfikator: { $suggestion }
checks-not-guid-url-none = To jest adres, a nie „{ $field }”. Skopiuj sam identyfikator ze strony Przegląd aplikacji.
checks-not-guid-secret = To wygląda na klucz tajny klienta, a nie „{ $field }”. Skopiuj „{ $field }” ze strony Przegląd aplikacji.
checks-not-guid-nil = 00000000-0000-0000-0000-000000000000 to pusty wypełniacz, a nie prawdziwy „{ $field }”. Skopiuj właściwy ze strony Przegląd.
checks-not-guid-char = Znak { $char } nie może wystąpić w polu „{ $field }”: GUID zawiera tylko cyfry 0–9, litery a–f i łączniki. Skopiuj go ponownie ze strony Przegląd.
checks-not-guid-length = „{ $field }” ma 32 cyfry szesnastkowe, a tu { $digits ->
    [one] jest { $digits } cyfra
    [few] są { $digits } cyfry
   *[many] jest { $digits } cyfr
}. Czegoś brakuje albo jest za dużo: skopiuj go ponownie.
checks-secret-id-not-value = To jest „Identyfikator klucza tajnego”, a nie sam klucz. W „Certyfikaty i klucze tajne” skopiuj kolumnę „Wartość” (logowanie z identyfikatorem kończy się błędem { $code }).
checks-secret-id-not-value-aktionnext = To jest „Identyfikator klucza tajnego”, a nie sam klucz. Pole „Client secret ID” w aplikacji { $target } w rzeczywistości wymaga „Wartości” klucza z „Certyfikaty i klucze tajne” (identyfikator kończy się błędem { $code }).
checks-secret-shape = To nie wygląda na wartość klucza tajnego klienta (ma { $length ->
    [one] { $length } znak
    [few] { $length } znaki
   *[many] { $length } znaków
}). Skopiuj kolumnę „Wartość” klucza w „Certyfikaty i klucze tajne”.
checks-secret-shape-masked = To jest zamaskowany klucz. Portal pokazuje wartość tylko raz, zaraz po „Dodaj”: utwórz nowy klucz tajny klienta i od razu skopiuj jego „Wartość”.
checks-secret-shape-char = Klucz tajny klienta nie może zawierać znaku { $char }. Skopiuj wartość ponownie, bez spacji i cudzysłowów.
checks-secret-shape-length = Ten klucz ma { $length ->
    [one] { $length } znak
    [few] { $length } znaki
   *[many] { $length } znaków
}, a klucz tego rodzaju ma ich { $expected }. Czegoś brakuje albo jest za dużo: skopiuj całą „Wartość” ponownie.
checks-secret-shape-legacy = To wygląda na klucz tajny w starszym formacie. Działa do wygaśnięcia, ale sprawdź, czy skopiowano „Wartość”, a nie „Identyfikator klucza tajnego”.
checks-secret-expired = Klucz wygasł { $date } ({ $days ->
    [one] wczoraj
    [few] { $days } dni temu
   *[many] { $days } dni temu
}); logowanie kończy się błędem { $code }. Utwórz nowy klucz tajny klienta i wpisz jego wartość.
checks-secret-expiring = Klucz wygasa { $date } ({ $days ->
    [0] dzisiaj
    [one] jutro
    [few] za { $days } dni
   *[many] za { $days } dni
}). Już teraz utwórz nowy klucz tajny klienta i podmień wartość przed tym terminem.
checks-bad-date = Wpisz datę jako 2026-05-31, 31.05.2026 lub 5/31/2026.
checks-tenant-alias-app-only = Aplikacja { $target } loguje się jako sama aplikacja, co nie działa z „{ $alias }”. Wpisz „{ checks-field-tenant }” (GUID) albo swoją domenę.

## Zależności między polami

checks-single-tenant-on-common = Aplikacja { $target } loguje się przez wspólny punkt końcowy /common, na którym aplikacja jednodzierżawowa kończy się błędem { $code }. W „Obsługiwane typy kont” wybierz „{ checks-audience-azureadmultipleorgs }”.
checks-wrong-audience = Aplikacja { $target } czyta skrzynki służbowe, do których aplikacja tylko dla osobistych kont Microsoft nie ma dostępu. W „Obsługiwane typy kont” wybierz opcję z kontami organizacyjnymi.
checks-wrong-audience-personal = Aplikacja { $target } nie potrzebuje osobistych kont Microsoft, a ich dopuszczenie dodaje ograniczenia (bez ciągów zapytania, mniej adresów przekierowania, najwyżej dwa klucze tajne). Wybierz „{ checks-audience-azureadmyorg }”.

## Wiersz poleceń

checks-cli-summary = Sprawdzono { $inputs ->
    [one] { $inputs } wartość
    [few] { $inputs } wartości
   *[many] { $inputs } wartości
}: z błędami { $errors }, z ostrzeżeniami { $warnings }.
checks-cli-explain-cause = Przyczyna
checks-cli-explain-fix = Rozwiązanie
checks-cli-explain-undocumented = Dokumentacja kodów błędów Microsoft nie wymienia tego kodu; objaśnienie opiera się na treści samego błędu.
checks-cli-explain-unknown = { $code } nie należy do kodów objaśnianych przez regpilot. Strona wyszukiwania Microsoft: { $url }
checks-cli-usage = użycie: regpilot check redirect-uri --platform web|spa|installed --audience TYP_KONT [--target T] [--lang L] [--json] URI…
    regpilot check scopes --target T --kind delegated|application [--lang L] [--json] ZAKRES…
    regpilot check id --field tenant|client|object|secret|expiry [--target T] [--lang L] [--json] WARTOŚĆ…
    regpilot explain KOD-AADSTS [--lang L]
    Sam znak - wczytuje wartości ze standardowego wejścia, po jednej w wierszu.
checks-cli-bad-value = nieznana wartość opcji { $option }: „{ $value }” (dozwolone: { $valid })
checks-cli-missing-option = brak opcji --{ $option }
checks-cli-no-input = nie ma czego sprawdzić: podaj co najmniej jedną wartość albo - , aby wczytać je ze standardowego wejścia
checks-cli-bad-code = „{ $value }” nie jest kodem AADSTS (na przykład AADSTS50194 lub 50194)
checks-cli-unknown-subcommand = nieznany rodzaj kontroli „{ $value }” (dozwolone: redirect-uri, scopes, id)

## Błędy AADSTS

checks-aadsts-50011 =
    .title = Identyfikator URI przekierowania nie pasuje do żadnego zarejestrowanego
    .cause = Aplikacja loguje się z adresem przekierowania, który nie jest zarejestrowany dokładnie tak samo (schemat, host, port, ścieżka i wielkość liter) albo jest zarejestrowany na innej platformie.
    .fix = Skopiuj adres przekierowania z ustawień aplikacji i dodaj go dokładnie w „Uwierzytelnianie”, na platformie, której używa aplikacja (dla { -yetiforce }: Sieć Web).
checks-aadsts-500113 =
    .title = Aplikacja nie ma zarejestrowanego adresu zwrotnego
    .cause = Rejestracja aplikacji nie ma żadnego identyfikatora URI przekierowania.
    .fix = W „Uwierzytelnianie” dodaj platformę i adres przekierowania aplikacji.
checks-aadsts-7000215 =
    .title = Nieprawidłowy klucz tajny klienta
    .cause = Wysłany klucz nie jest prawidłowym kluczem tej aplikacji. Najczęściej skopiowano „Identyfikator klucza tajnego” zamiast jego „Wartości”.
    .fix = W „Certyfikaty i klucze tajne” utwórz nowy klucz tajny klienta, od razu skopiuj jego „Wartość” (jest pokazywana tylko raz) i wpisz ją w aplikacji.
checks-aadsts-7000222 =
    .title = Klucz tajny klienta wygasł
    .cause = Minęła data wygaśnięcia klucza.
    .fix = W „Certyfikaty i klucze tajne” utwórz nowy klucz tajny klienta, wpisz jego wartość w aplikacji, a potem usuń wygasły.
checks-aadsts-70002 =
    .title = Nieprawidłowe poświadczenia klienta
    .cause = Klucz albo identyfikator klienta nie należy do tej aplikacji lub klucz wpisano z błędem.
    .fix = Sprawdź „Identyfikator aplikacji (klienta)” na stronie Przegląd i wpisz wartość świeżo utworzonego klucza.
checks-aadsts-700025 =
    .title = Klient publiczny nie może wysyłać klucza tajnego
    .cause = Aplikacja jest traktowana jako klient publiczny, najczęściej dlatego, że adres przekierowania dodano w „Aplikacje mobilne i klasyczne” zamiast w „Sieć Web” albo włączono „Zezwalaj na przepływy klientów publicznych”.
    .fix = W „Uwierzytelnianie” przenieś adres przekierowania na platformę „Sieć Web” i ustaw „Zezwalaj na przepływy klientów publicznych” na Nie.
checks-aadsts-700016 =
    .title = Nie znaleziono aplikacji w katalogu
    .cause = Identyfikator klienta jest błędny albo logowanie używa dzierżawy, w której aplikacja nie jest zarejestrowana.
    .fix = Skopiuj ponownie „Identyfikator aplikacji (klienta)” i „Identyfikator katalogu (dzierżawy)” ze strony Przegląd aplikacji.
checks-aadsts-90002 =
    .title = Nie znaleziono dzierżawy
    .cause = Identyfikator dzierżawy lub domena w adresie logowania nie istnieje albo zawiera literówkę.
    .fix = Skopiuj „Identyfikator katalogu (dzierżawy)” ze strony Przegląd albo użyj zweryfikowanej domeny organizacji.
checks-aadsts-65001 =
    .title = Brak zgody
    .cause = Ani użytkownik, ani administrator nie wyraził zgody na uprawnienia, o które prosi aplikacja.
    .fix = W „Uprawnienia interfejsu API” wybierz „Udziel zgody administratora dla” swojej organizacji albo pozwól użytkownikowi zaakceptować ekran zgody.
checks-aadsts-90094 =
    .title = Wymagana jest zgoda administratora
    .cause = Uprawnienia wymagają zgody administratora albo organizacja nie pozwala użytkownikom zgadzać się na aplikacje.
    .fix = Administrator wybiera „Udziel zgody administratora dla” swojej organizacji w „Uprawnienia interfejsu API” (dla aplikacji dostawcy: w „Aplikacje dla przedsiębiorstw”, Uprawnienia).
checks-aadsts-50020 =
    .title = Konto pochodzi z innej organizacji
    .cause = Użytkownik loguje się kontem innej dzierżawy (albo kontem osobistym), którego ta aplikacja nie przyjmuje.
    .fix = Zaloguj się kontem swojej organizacji albo zmień „Obsługiwane typy kont” tak, by przyjmowały konta z dowolnej organizacji.
checks-aadsts-500208 =
    .title = Typ konta nie pasuje
    .cause = Domena nie jest prawidłowa dla tego rodzaju konta: na przykład konto osobiste w aplikacji tylko dla kont służbowych albo odwrotnie.
    .fix = Zaloguj się kontem takiego rodzaju, jaki obsługuje aplikacja, albo zmień „Obsługiwane typy kont”.
checks-aadsts-50194 =
    .title = Aplikacja jednodzierżawowa logowana przez /common
    .cause = Aplikacja przyjmuje tylko konta własnej organizacji, a logowanie idzie przez wspólny punkt końcowy /common (tak robi { -yetiforce }).
    .fix = W „Uwierzytelnianie”, „Obsługiwane typy kont”, wybierz „Konta w dowolnym katalogu organizacyjnym” (wiele dzierżaw) i zapisz.
checks-aadsts-9001023 =
    .title = Ten rodzaj logowania nie działa na /common ani /consumers
    .cause = Aplikacja logująca się jako ona sama (poświadczenia klienta) użyła punktu końcowego /common lub /consumers.
    .fix = Wpisz w aplikacji jako dzierżawę „Identyfikator katalogu (dzierżawy)” albo swoją domenę, a nie common, organizations ani consumers.
checks-aadsts-90102 =
    .title = Wartość redirect_uri nie jest prawidłowym bezwzględnym identyfikatorem URI
    .cause = Wysłany adres przekierowania nie jest pełnym adresem (brak schematu i hosta albo niedozwolone znaki).
    .fix = Użyj pełnego adresu zaczynającego się od https://, dokładnie takiego, jak w „Uwierzytelnianie”.
checks-aadsts-70011 =
    .title = Nieprawidłowy zakres
    .cause = Żądany zakres ma literówkę, należy do innego zasobu albo łączy zakresy delegowane z .default.
    .fix = Żądaj dokładnych nazw (dla protokołów pocztowych https://outlook.office.com/IMAP.AccessAsUser.All i https://outlook.office.com/SMTP.Send razem z offline_access), a przy dostępie tylko dla aplikacji wyłącznie .default.
checks-aadsts-700082 =
    .title = Token odświeżania wygasł
    .cause = Aplikacja długo (około 90 dni) nie odświeżała tokenu albo zresetowano hasło lub sesje użytkownika.
    .fix = Autoryzuj skrzynkę w aplikacji ponownie (zaloguj się jeszcze raz).
checks-aadsts-50076 =
    .title = Wymagane jest uwierzytelnianie wieloskładnikowe
    .cause = Zasady wymagają MFA, a logowanie go nie zapewniło.
    .fix = Zaloguj się interaktywnie i przejdź MFA. Dostępu tylko dla aplikacji MFA nie dotyczy.
checks-aadsts-53003 =
    .title = Zablokowane przez dostęp warunkowy
    .cause = Zasady dostępu warunkowego zablokowały to logowanie (lokalizacja, urządzenie lub aplikacja).
    .fix = Administrator sprawdza dzienniki logowania w { -entra } i dostosowuje zasady albo wyłącza z nich tę aplikację.
checks-aadsts-9002326 =
    .title = Realizacja tokenu między źródłami tylko dla aplikacji jednostronicowych
    .cause = Kod zrealizowała strona w przeglądarce, a adres przekierowania jest zarejestrowany na platformie „Sieć Web”.
    .fix = Zarejestruj adres w „Aplikacja jednostronicowa”, jeśli kod jest realizowany w przeglądarce; aplikacje serwerowe (jak { -yetiforce }) zostawiają go w „Sieć Web”.
checks-aadsts-9002327 =
    .title = Tokeny aplikacji jednostronicowej można zrealizować tylko z przeglądarki
    .cause = Adres przekierowania jest zarejestrowany w „Aplikacja jednostronicowa”, a kod realizuje serwer.
    .fix = W „Uwierzytelnianie” przenieś adres przekierowania z „Aplikacja jednostronicowa” do „Sieć Web”.
checks-aadsts-1002012 =
    .title = Dostęp tylko dla aplikacji wymaga zakresu .default
    .cause = Aplikacja logująca się jako ona sama poprosiła o konkretne uprawnienia zamiast o zakres .default zasobu.
    .fix = Żądaj https://graph.microsoft.com/.default (albo https://outlook.office365.com/.default dla IMAP i POP), a uprawnienia dodaj w „Uprawnienia interfejsu API” ze zgodą administratora.
