# Przekazanie wartości: sprawdzenie poświadczeń, panele kopiowania, wypełnianie formularza YetiForce i pliki.

## Etykiety, które pokazują aplikacje docelowe, dokładnie tak, jak każda z nich pokazuje je w tym
## języku. To terminy, bo są to słowa samych aplikacji, a nie nasze.
## AktionNEXT i Comarch DMS pokazują te etykiety tak samo w każdym języku: zostaw je bez zmian.

-yetiforce-label-auth-method = Metoda autoryzacji
-yetiforce-label-provider = Dostawca uwierzytelniania OAuth
-yetiforce-label-client-id = ID Klienta
-yetiforce-label-client-secret = Klucz tajny klienta
-yetiforce-label-redirect-uri = Przekieruj URI
-yetiforce-option-oauth2 = OAuth2
-yetiforce-option-provider = MS Azure - Outlook.com (Office 365)
# Statlook Master pokazuje ustawienia klienta pod angielskimi nazwami (instrukcja Statlook), listę wyboru jako „Typ klienta”.
-statlook-master-label-client-type = Typ klienta
-statlook-master-label-client-id = Client ID
-statlook-master-label-client-secret = Client Secret
-statlook-master-label-tenant = Tenant
-statlook-master-label-object-id = Object ID
# Pisownia Statlook („Confidental”) celowo bez zmian: tak wygląda pozycja na liście.
-statlook-option-exchange = Exchange (Confidental)
-statlook-web-label-client-type = Typ klienta
-statlook-web-label-client-id = Id klienta
-statlook-web-label-client-secret = Sekret klienta
-statlook-web-label-tenant = Najemca
-statlook-web-label-object-id = Id obiektu
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
# Gdzie jest każdy formularz, słowami menu samej aplikacji.
-yetiforce-place = Ustawienia › Serwery pocztowe › Dodaj
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
# Serwery poczty Microsoft 365 (nazwy hostów, nie słowa).
-m365-smtp-host = smtp.office365.com
-m365-imap-host = outlook.office365.com

## Sprawdzanie poświadczeń

credcheck-input-secret = Wartość klucza tajnego klienta
credcheck-input-redirect-uri = Identyfikator URI przekierowania
credcheck-input-permissions = Uprawnienia aplikacji
credcheck-missing-tenant = Wpisz identyfikator katalogu (dzierżawy) ze strony Przegląd aplikacji.
credcheck-missing-client = Wpisz identyfikator aplikacji (klienta) ze strony Przegląd aplikacji.
credcheck-missing-secret = Wpisz wartość klucza tajnego klienta (Certyfikaty i klucze tajne), a nie identyfikator klucza tajnego.
credcheck-vendor = Aplikacja { $target } loguje się własną aplikacją producenta: nie ma tu Twoich poświadczeń do sprawdzenia.
credcheck-vendor-consent = Użytkownik skrzynki pocztowej loguje się przyciskiem „Autoryzacja” w aplikacji { $target }. Jeśli użytkownicy w Twojej organizacji nie mogą wyrażać zgody na aplikacje, udziel zgody administratora aplikacji dla przedsiębiorstw { $target }.
credcheck-delegated = Sprawdzono bez logowania: wartości wyglądają poprawnie. Aplikacja { $target } sama loguje użytkowników, więc prawdziwy test odbywa się w niej.
credcheck-delegated-fix = Popraw poniższe wartości, zanim wpiszesz je w aplikacji { $target }.
credcheck-delegated-how-yetiforce = Po zapisaniu serwera pocztowego w aplikacji { $target } zaloguj się jej przyciskiem Microsoft: token do IMAP i SMTP daje tylko logowanie i zgoda użytkownika.
credcheck-not-sent = Najpierw popraw poniższe wartości: nic nie zostało wysłane do firmy Microsoft.
credcheck-token-ok = Poświadczenia działają: Microsoft wydał token ze wszystkimi uprawnieniami aplikacji, których potrzebuje { $target }.
credcheck-token-missing = Poświadczenia działają, ale w tokenie brakuje { $count ->
    [one] jednego uprawnienia potrzebnego
    [few] { $count } uprawnień potrzebnych
   *[many] { $count } uprawnień potrzebnych
} aplikacji { $target }.
# $role to nazwa uprawnienia, np. Mail.Send.
credcheck-role-missing = Uprawnienia { $role } nie ma w tokenie: brakuje go w „Uprawnienia interfejsu API” albo nie udzielono dla niego zgody administratora. Wybierz „Udziel zgody administratora dla” swojej organizacji.
credcheck-roles-extra = Token zawiera też { $count ->
    [one] uprawnienie, którego
    [few] uprawnienia, których
   *[many] uprawnienia, których
} aplikacja nie potrzebuje: { $roles }. Usuń to, czego nie używa.
credcheck-other-tenant = Token wydała inna dzierżawa ({ $tid }) niż wpisana.
credcheck-token-unreadable = Microsoft wydał token, więc klucz tajny jest poprawny; nie udało się odczytać, jakie uprawnienia zawiera.
credcheck-refused = Microsoft odrzucił poświadczenia ({ $code }): { $title }.
credcheck-error-unknown =
    .title = Błąd, którego regpilot nie objaśnia
    .cause = Co poszło nie tak, mówi poniższy komunikat firmy Microsoft.
    .fix = Otwórz stronę firmy Microsoft dla tego kodu albo wyszukaj kod w dokumentacji Microsoft.
credcheck-network = Nie udało się połączyć z { $host } ({ $detail }). Sprawdź połączenie sieciowe, serwer proxy lub zaporę; niczego nie sprawdzono.
credcheck-timeout = { $host } nie odpowiedział w ciągu { $seconds } s. Sprawdź połączenie sieciowe lub serwer proxy i spróbuj ponownie.
credcheck-unexpected = { $host } odpowiedział czymś, co nie jest ani tokenem, ani błędem firmy Microsoft (HTTP { $status }). Być może przeszkadza serwer proxy.

## Panele kopiowania

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
    .hint = wybierz tę opcję
handoff-yetiforce-auth-method-value = { -yetiforce-option-oauth2 }
handoff-yetiforce-provider = { -yetiforce-label-provider }
    .hint = wybierz tego dostawcę
handoff-yetiforce-provider-value = { -yetiforce-option-provider }
handoff-yetiforce-client-id = { -yetiforce-label-client-id }
    .hint = identyfikator aplikacji (klienta)
handoff-yetiforce-client-secret = { -yetiforce-label-client-secret }
    .hint = wartość klucza tajnego klienta
handoff-yetiforce-redirect-uri = { -yetiforce-label-redirect-uri }
    .hint = wybierz opcję z tym adresem

handoff-statlook-master-client-type = { -statlook-master-label-client-type }
    .hint = wybierz ten typ
handoff-statlook-master-client-type-value = { -statlook-option-exchange }
handoff-statlook-master-client-id = { -statlook-master-label-client-id }
    .hint = identyfikator aplikacji (klienta)
handoff-statlook-master-client-secret = { -statlook-master-label-client-secret }
    .hint = wartość klucza tajnego klienta
handoff-statlook-master-tenant = { -statlook-master-label-tenant }
    .hint = identyfikator katalogu (dzierżawy)
handoff-statlook-master-object-id = { -statlook-master-label-object-id }
    .hint = identyfikator obiektu użytkownika skrzynki (Użytkownicy), a nie aplikacji

handoff-statlook-web-client-type = { -statlook-web-label-client-type }
    .hint = wybierz ten typ
handoff-statlook-web-client-type-value = { -statlook-option-exchange }
handoff-statlook-web-client-id = { -statlook-web-label-client-id }
    .hint = identyfikator aplikacji (klienta)
handoff-statlook-web-client-secret = { -statlook-web-label-client-secret }
    .hint = wartość klucza tajnego klienta
handoff-statlook-web-tenant = { -statlook-web-label-tenant }
    .hint = identyfikator katalogu (dzierżawy)
handoff-statlook-web-object-id = { -statlook-web-label-object-id }
    .hint = identyfikator obiektu użytkownika skrzynki (Użytkownicy), a nie aplikacji

handoff-aktionnext-authentication = { -aktionnext-label-authentication }
    .hint = wybierz tę metodę
handoff-aktionnext-authentication-value = { -aktionnext-option-oauth2 }
handoff-aktionnext-tenant = { -aktionnext-label-tenant }
    .hint = identyfikator katalogu (dzierżawy)
handoff-aktionnext-client-id = { -aktionnext-label-client-id }
    .hint = identyfikator aplikacji (klienta)
handoff-aktionnext-client-secret = { -aktionnext-label-client-secret }
    .hint = wbrew etykiecie: wartość klucza tajnego, a nie jego identyfikator

handoff-comarch-smtp-auth-method = { -comarch-label-auth-method }
    .hint = wybierz tę metodę, a potem naciśnij „Autoryzacja”
handoff-comarch-smtp-auth-method-value = { -comarch-option-oauth2 }
handoff-comarch-smtp-server = { -comarch-label-server }
    .hint = serwer SMTP Microsoft 365
handoff-comarch-smtp-server-value = { -m365-smtp-host }
handoff-comarch-smtp-port = { -comarch-label-port }
    .hint = SMTP z STARTTLS
handoff-comarch-smtp-port-value = 587
handoff-comarch-smtp-encryption = { -comarch-label-encryption }
    .hint = wybierz tę opcję
handoff-comarch-smtp-encryption-value = { -comarch-option-automatic }
handoff-comarch-imap-account-type = { -comarch-label-account-type }
    .hint = wybierz ten typ
handoff-comarch-imap-account-type-value = { -comarch-option-imap }
handoff-comarch-imap-server = { -comarch-label-incoming-server }
    .hint = serwer IMAP Microsoft 365 (imap-mail.outlook.com z instrukcji to starsza nazwa)
handoff-comarch-imap-server-value = { -m365-imap-host }
handoff-comarch-imap-port = { -comarch-label-port }
    .hint = IMAP przez SSL/TLS
handoff-comarch-imap-port-value = 993
handoff-comarch-imap-auth-method = { -comarch-label-auth-method }
    .hint = wybierz tę metodę, a potem naciśnij „Autoryzacja”
handoff-comarch-imap-auth-method-value = { -comarch-option-oauth2 }

handoff-copy-no-secret = Klucz tajny klienta nie jest zapisany: najpierw wpisz jego wartość przy sprawdzaniu poświadczeń.
handoff-copy-secret-done = Klucz tajny klienta jest w schowku. Zostanie z niego usunięty za { $seconds } s, jeśli nadal tam będzie.
handoff-copy-failed = Nie udało się zapisać do schowka ({ $detail }).
# $length to liczba znaków klucza tajnego, którego nigdy nie pokazujemy.
handoff-masked = •••• ({ $length ->
    [one] { $length } znak
    [few] { $length } znaki
   *[many] { $length } znaków
})

## Wypełnianie formularza YetiForce

handoff-autofill-bad-origin = Wpisz adres swojego YetiForce zaczynający się od https://, na przykład https://crm.example.com.
handoff-autofill-not-submitted = Formularz nie został zapisany: sprawdź go w YetiForce i dopiero tam naciśnij „Zapisz”.
handoff-autofill-error = Nie udało się wypełnić strony { $origin } ({ $detail }).
handoff-autofill-no-tab = Żadna karta nie wyświetla { $origin }. Otwórz tam formularz serwera pocztowego (Ustawienia › Serwery pocztowe › Dodaj) i spróbuj ponownie.
handoff-autofill-no-form = Karta { $origin } nie wyświetla formularza serwera pocztowego. Otwórz tam Ustawienia › Serwery pocztowe › Dodaj i spróbuj ponownie.
handoff-autofill-done = Formularz serwera pocztowego na { $origin } jest wypełniony.
handoff-autofill-partly = Formularz serwera pocztowego na { $origin } jest wypełniony z wyjątkiem { $count ->
    [one] jednego pola
    [few] { $count } pól
   *[many] { $count } pól
}: szczegóły poniżej.
handoff-fill-filled = wypełnione
handoff-fill-no-field = brak w formularzu
handoff-fill-no-option = brak opcji z tym adresem: najpierw dodaj identyfikator URI przekierowania w YetiForce
handoff-fill-no-value = jeszcze nie odczytano

## Pliki

handoff-format-json = Pakiet JSON
handoff-format-env = Plik .env
handoff-format-ics = Przypomnienie w kalendarzu (.ics)
handoff-format-az = Skrypt Azure CLI
handoff-format-pwsh = Skrypt PowerShell (Microsoft Graph)
handoff-format-manifest = Uprawnienia do manifestu (requiredResourceAccess)
handoff-export-bad-time = Eksport potrzebuje bieżącego czasu; wczytaj przewodnik ponownie i spróbuj jeszcze raz.
handoff-export-missing = Jeszcze nie odczytano: { $fields }. Najpierw wykonaj kroki przewodnika.

## Sekcja przekazania w panelu przewodnika (teksty bez zmiennych)

handoff-ui-cred-title = Sprawdź poświadczenia
handoff-ui-cred-tenant = Identyfikator katalogu (dzierżawy)
handoff-ui-cred-client = Identyfikator aplikacji (klienta)
handoff-ui-cred-secret = Wartość klucza tajnego klienta
handoff-ui-cred-secret-stored = Klucz tajny klienta jest przechowywany do końca tej sesji przeglądarki.
handoff-ui-cred-secret-forget = Zapomnij go
handoff-ui-cred-check = Sprawdź
overlay-cred-checking = Sprawdzanie…
handoff-ui-cred-roles = Uprawnienia aplikacji
handoff-ui-cred-granted = przyznane
handoff-ui-cred-missing = brak
handoff-ui-cred-not-needed = niepotrzebne
handoff-ui-cred-why = Przyczyna
handoff-ui-cred-fix = Rozwiązanie
handoff-ui-cred-entra-says = Komunikat firmy Microsoft
handoff-ui-cred-trace = Identyfikator śledzenia
handoff-ui-cred-correlation = Identyfikator korelacji
handoff-ui-cred-lookup = Strona firmy Microsoft dla tego kodu
handoff-ui-copy-title = Wartości dla aplikacji
overlay-handoff-copy = Kopiuj
overlay-handoff-copied = Skopiowano
overlay-handoff-copy-failed = Nie udało się skopiować
handoff-ui-not-captured = jeszcze nie odczytano
handoff-ui-hidden = ukryte
handoff-ui-autofill-title = Wypełnij formularz w YetiForce
handoff-ui-autofill-address = Adres Twojego YetiForce
handoff-ui-autofill-button = Wypełnij formularz
overlay-autofill-denied = Nie zezwolono na dostęp do tego adresu: niczego nie wypełniono.
overlay-autofill-bad-address = Wpisz adres zaczynający się od https://.
handoff-ui-export-title = Pliki
handoff-ui-export-include-secret = Dołącz klucz tajny klienta (tylko JSON i .env; chroń ten plik)
