# Przewodnik Comarch DMS (crate/core/guides/comarch.toml). Interfejs Comarch DMS cytujemy tak, jak
# go pokazuje (po poprawieniu błędów OCR w dokumentacji Comarch).

guide-comarch =
    .title = { -comarch }: konta pocztowe Microsoft 365 z OAuth2
    .intro =
        Od wersji 2022.0.4 { -comarch } może korzystać z kont pocztowych Microsoft 365 z OAuth2: loguje się do skrzynki tokenami zamiast zapisanego hasła. Nie rejestrujesz żadnej aplikacji w usłudze { -entra }: { -comarch } loguje się własną aplikacją firmy Comarch, a użytkownik skrzynki raz wyraża na nią zgodę.

        Większość przewodnika dzieje się w aplikacji desktop { -comarch }. Kroki w portalu są potrzebne tylko wtedy, gdy ekran zgody się nie pojawia, a logowanie jest odrzucane.

guide-comarch-not-covered-install = Instalacja { -comarch } i jego komponentu mailowego na serwerze IIS.
guide-comarch-not-covered-acd-rules = Pozostałe ustawienia punktów konfiguracyjnych ACD (typy dokumentów, reguły).
guide-comarch-not-covered-smtp-auth = Włączenie SMTP AUTH dla skrzynki w Exchange Online, jeśli Twoja organizacja je wyłączyła (bez niego wysyłanie kończy się błędem 535 5.7.3).
guide-comarch-not-covered-tokens = Ponowne logowanie, gdy tokeny wygasną: wystarczy znów nacisnąć „Autoryzacja”.

guide-comarch-mail-component =
    .title = Wysyłaj pocztę przez komponent mailowy na serwerze IIS
    .body =
        W aplikacji desktop { -comarch } otwórz zakładkę „Ustawienia”, a w niej „Serwer pocztowy”.

        W polu „Do wysyłania wiadomości email zastosuj” wybierz „Komponent mailowy na serwerze IIS”. Konta Office 365 nie działają z opcją „Profil na serwerze SQL”.
    .action = Wybierz „Komponent mailowy na serwerze IIS”.

guide-comarch-smtp-account =
    .title = Skonfiguruj konto do wysyłania
    .body =
        W sekcji „Ustawienia konta pocztowego” ustaw „Włącz wysyłanie wiadomości email” na „Tak”, wypełnij nazwę konta, „Email (wychodzący)”, nazwę wyświetlaną i adres zwrotny, a następnie:

        - „Nazwa serwera”: `smtp.office365.com` dla Microsoft 365 (`smtp-mail.outlook.com` dla konta Outlook.com);
        - „Port”: `587`;
        - „Metoda szyfrowania”: `Automatyczne` (serwer używa STARTTLS);
        - „Metoda uwierzytelniania”: `OAuth2`;
        - „Login”: adres skrzynki.

        Skrzynka musi mieć włączone uwierzytelnione SMTP (SMTP AUTH) w Exchange Online.
    .action = Wypełnij konto, wybierając OAuth2 jako metodę uwierzytelniania.

guide-comarch-smtp-sign-in =
    .title = Zaloguj się i wyraź zgodę
    .body =
        Naciśnij „Autoryzacja” pod polem „Login”. Otworzy się domyślna przeglądarka ze stroną logowania Microsoft: wpisz hasło do skrzynki i naciśnij „Zaloguj”.

        Za pierwszym razem Microsoft poprosi użytkownika skrzynki o zgodę, by aplikacja „{ -comarch }” (wydawca COMARCH SA) zachowała dostęp do danych, odczytywała i zapisywała wiadomości oraz wysyłała pocztę ze skrzynki. Naciśnij „Tak”. Administrator widzi też pole zgody w imieniu organizacji: jego zaznaczenie wyraża zgodę za wszystkich użytkowników.

        Przeglądarka pokaże potwierdzenie zalogowania: zamknij kartę. { -comarch } wyświetli „Zalogowano użytkownika” z loginem. Zapisz zmiany.

        Jeśli zamiast ekranu zgody zobaczysz „Wymagane zatwierdzenie przez administratora” albo błąd AADSTS65001 lub AADSTS90094, Twoja organizacja nie pozwala użytkownikom wyrażać zgody: przejdź do kroków w portalu poniżej.
    .action = Naciśnij „Autoryzacja”, zaloguj się, wyraź zgodę i zapisz.

guide-comarch-imap-point =
    .title = Skonfiguruj odbieranie w punktach konfiguracyjnych ACD
    .body =
        Do odczytu poczty otwórz zakładkę „Automatyczne generowanie dokumentów” i punkt konfiguracyjny typu „Współpraca ze skrzynką pocztową (generowanie dokumentów DMS)” lub „(pobieranie załączników)”. Na jego zakładce „Tryb współpracy”:

        - „Typ konta”: `IMAP`;
        - „Serwer poczty przychodzącej”: `outlook.office365.com`, port `993`, SSL/TLS. Dokumentacja Comarch pokazuje `imap-mail.outlook.com`, starszą nazwę: użyj `outlook.office365.com`;
        - „Metoda uwierzytelniania”: `OAuth2`;
        - „Login”: adres skrzynki.

        Naciśnij „Autoryzacja”, zaloguj się i wyraź zgodę jak wcześniej; gdy { -comarch } wyświetli „Zalogowano użytkownika”, naciśnij „Zapisz”.
    .action = Wypełnij punkt konfiguracyjny z OAuth2, autoryzuj i zapisz.

guide-comarch-user-consent-settings =
    .title = Sprawdź, czy użytkownicy mogą wyrażać zgodę (gdy logowanie odrzucono)
    .body =
        W usłudze { -entra } otwórz Aplikacje dla przedsiębiorstw › Zgoda i uprawnienia › „Ustawienia zgody użytkownika”. Jeśli w sekcji „Zgoda użytkownika na aplikacje” wybrano „Nie zezwalaj na zgodę użytkownika”, użytkownicy skrzynek nie mogą sami wyrazić zgody na { -comarch }.

        Nie musisz zmieniać tych zasad: zgoda administratora dla { -comarch } (następne kroki) jest węższym rozwiązaniem. Zmiana zasad wymaga roli Administrator ról uprzywilejowanych.
    .action = Odczytaj ustawienie „Zgoda użytkownika na aplikacje”.

guide-comarch-enterprise-app =
    .title = Znajdź aplikację dla przedsiębiorstw { -comarch }
    .body =
        W sekcji Aplikacje dla przedsiębiorstw › Wszystkie aplikacje wyszukaj `{ -comarch }` i otwórz ją.

        Pojawia się na liście, gdy ktoś już zaczął się do niej logować. Jeśli jej nie ma, najprościej, by administrator nacisnął „Autoryzacja” w { -comarch }, zalogował się własnym kontem i na ekranie zgody zaznaczył zgodę w imieniu organizacji: to zgoda za wszystkich i następne kroki nie są potrzebne.
    .action = Wyszukaj „{ -comarch }” i otwórz aplikację.

guide-comarch-admin-consent =
    .title = Udziel zgody administratora dla { -comarch }
    .body =
        W menu aplikacji dla przedsiębiorstw otwórz „Uprawnienia”, wybierz „Udziel zgody administratora dla” z nazwą Twojej organizacji, sprawdź uprawnienia wymienione w oknie logowania i zaakceptuj.

        Potem poproś użytkowników skrzynek, by ponownie nacisnęli „Autoryzacja” w { -comarch }.
    .action = Wybierz „Udziel zgody administratora dla…” i zaakceptuj.
