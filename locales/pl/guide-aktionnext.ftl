# Przewodnik AktionNEXT (crate/core/guides/aktionnext.toml). WinClient cytujemy tak, jak pokazuje
# go czeski interfejs, z polskim objaśnieniem.

guide-aktionnext =
    .title = { -aktionnext }: wysyłanie poczty przez Microsoft 365 (Office365 OAuth2)
    .intro =
        Ten przewodnik rejestruje w usłudze { -entra } aplikację, dzięki której { -aktionnext } wysyła pocztę przez Microsoft Graph jako aplikacja, po wyrażeniu zgody przez administratora.

        Na końcu wpiszesz w WinClient trzy wartości: identyfikator katalogu (dzierżawy), identyfikator aplikacji (klienta) i wartość klucza tajnego klienta.

guide-aktionnext-not-covered-receiving = Odbieranie poczty: ustawienie Office365 OAuth2 w { -aktionnext } dotyczy tylko wysyłania.
guide-aktionnext-not-covered-scope = Ograniczenie, z których skrzynek aplikacja może wysyłać (RBAC dla aplikacji w Exchange Online): bez niego może wysyłać jako dowolny użytkownik Twojej organizacji.
guide-aktionnext-not-covered-renewal = Wymiana klucza tajnego klienta przed jego wygaśnięciem.

guide-aktionnext-account-type =
    .title = Ogranicz aplikację do swojej organizacji
    .body =
        W sekcji „Obsługiwane typy kont” wybierz „Konta tylko w tym katalogu organizacyjnym” (jedna dzierżawa). Przewodnik { -aktionnext } pokazuje opcje, ale żadnej nie wskazuje.

        { -aktionnext } pobiera tokeny jako aplikacja z punktu końcowego logowania Twojej organizacji (dlatego prosi o identyfikator katalogu (dzierżawy)), a do tego wystarczą konta Twojego katalogu.
    .action = Zaznacz „Konta tylko w tym katalogu organizacyjnym”.

guide-aktionnext-register =
    .title = Zarejestruj bez identyfikatora URI przekierowania
    .body = Pole „Identyfikator URI przekierowania (opcjonalnie)” zostaw puste: { -aktionnext } wysyła pocztę jako aplikacja i nigdy nie przekierowuje przeglądarki użytkownika. Następnie zarejestruj aplikację; portal otworzy stronę Przegląd nowej aplikacji.
    .action = Wybierz „Zarejestruj” na dole formularza.

guide-aktionnext-api-permissions =
    .title = Dodaj uprawnienie aplikacji Mail.Send
    .body =
        Otwórz „Uprawnienia interfejsu API”, wybierz „+ Dodaj uprawnienie”, potem „Microsoft Graph” i „Uprawnienia aplikacji”. Wpisz `Mail.` w polu wyszukiwania, rozwiń grupę „Mail” i zaznacz `Mail.Send`.

        `User.Read` (delegowane) już jest na liście: zostaw je.
    .action = Zaznacz `Mail.Send`, a potem wybierz „Dodaj uprawnienia”.

guide-aktionnext-admin-consent =
    .title = Udziel zgody administratora
    .body =
        Uprawnienie aplikacji nie działa, dopóki administrator nie wyrazi zgody. Wybierz „Udziel zgody administratora dla” z nazwą Twojej organizacji i potwierdź, wybierając „Tak”; stan `Mail.Send` zmieni się na „Udzielono dla” Twojej organizacji. Przewodnik { -aktionnext } pokazuje ten przycisk na zrzucie ekranu, ale w tekście o nim nie wspomina: bez zgody wysyłanie nie działa.

        Wymaga to roli Administrator ról uprzywilejowanych lub Administrator globalny. `Mail.Send` jako uprawnienie aplikacji pozwala wysyłać pocztę jako dowolny użytkownik Twojej organizacji.
    .action = Wybierz „Udziel zgody administratora dla…” i potwierdź, wybierając „Tak”.

guide-aktionnext-copy-ids =
    .title = Odczytaj identyfikatory aplikacji
    .body =
        Otwórz „Przegląd”. Sekcja Podstawowe informacje pokazuje oba identyfikatory, o które prosi WinClient (tam pod angielskimi nazwami):

        - „Identyfikator katalogu (dzierżawy)” trafia do pola „Directory (Tenant) ID”;
        - „Identyfikator aplikacji (klienta)” trafia do pola „Application (Client) ID”.
    .action = Znajdź oba identyfikatory w sekcji Podstawowe informacje.

guide-aktionnext-target-form =
    .title = Wpisz wartości w WinClient
    .body =
        W WinClient otwórz konfigurację aplikacji, kartę „Konfigurace systému” (konfiguracja systemu), sekcję „Konfigurace odesílání emailů” (wysyłanie poczty). W polu „Autentifikace” (uwierzytelnianie) ustaw `Office365 OAuth2`, w polu „Odesílatel” wpisz nadawcę i wypełnij:

        - „Directory (Tenant) ID”: { $tenantId }
        - „Application (Client) ID”: { $clientId }
        - „Client secret ID”: skopiowana WARTOŚĆ klucza tajnego. Wbrew nazwie pola identyfikator klucza tajnego tu nie zadziała (AADSTS7000215).

        Następnie sprawdź wysyłanie przyciskiem „Test”.
    .action = Wpisz trzy wartości w WinClient i wyślij wiadomość testową.
