# Przewodnik Statlook (crate/core/guides/statlook.toml). Interfejs Statlook cytujemy tak, jak go
# pokazuje; „Confidental” to pisownia samego Statlook.

guide-statlook =
    .title = { -statlook }: poczta przez Microsoft 365 (Exchange) z aplikacją
    .intro =
        Ten przewodnik rejestruje w usłudze { -entra } aplikację, dzięki której { -statlook } (Master i Web) odczytuje i wysyła pocztę przez Microsoft Graph jako aplikacja, bez zalogowanego użytkownika, po wyrażeniu zgody przez administratora.

        Na końcu wpiszesz w programie { -statlook } cztery wartości: Client ID, Client Secret, Tenant i Object ID.

guide-statlook-not-covered-usage = Wybór, do czego { -statlook } używa konta pocztowego (powiadomienia, raporty cykliczne, Helpdesk): ostatni krok mówi tylko, gdzie to ustawić.
guide-statlook-not-covered-scope-script = Napisanie poleceń programu PowerShell dla usługi Exchange Online dla Twoich skrzynek: krok opcjonalny je zarysowuje i wskazuje instrukcję Microsoft.
guide-statlook-not-covered-certificates = Użycie certyfikatu zamiast klucza tajnego klienta.
guide-statlook-not-covered-renewal = Wymiana klucza tajnego klienta przed jego wygaśnięciem.

guide-statlook-account-type =
    .title = Ogranicz aplikację do swojej organizacji
    .body =
        W sekcji „Obsługiwane typy kont” wybierz „Konta tylko w tym katalogu organizacyjnym” (jedna dzierżawa; w przewodniku { -statlook }: „Single tenant”).

        { -statlook } pobiera tokeny jako aplikacja z punktu końcowego logowania Twojej organizacji, a do tego wystarczą konta Twojego katalogu.
    .action = Zaznacz „Konta tylko w tym katalogu organizacyjnym”.

guide-statlook-redirect-uri =
    .title = Wybierz platformę klienta publicznego
    .body =
        W sekcji „Identyfikator URI przekierowania (opcjonalnie)” wybierz w pierwszym polu „Klient publiczny/natywny (urządzenia przenośne i komputery)”, jak prosi przewodnik { -statlook } („Public client/native (mobile)”).

        Portal zapisuje platformę tylko razem z adresem, więc w drugie pole wpisz adres, który Microsoft proponuje dla tej platformy: `https://login.microsoftonline.com/common/oauth2/nativeclient`
    .action = Wybierz „Klient publiczny/natywny” i wpisz adres.

guide-statlook-copy-ids =
    .title = Odczytaj identyfikatory aplikacji
    .body =
        Strona Przegląd pokazuje w sekcji Podstawowe informacje identyfikatory potrzebne w programie { -statlook }. W programie { -statlook } nazywają się inaczej:

        - „Identyfikator aplikacji (klienta)” trafia do pola „Client ID” („Id klienta” w { -statlook } Web);
        - „Identyfikator katalogu (dzierżawy)” trafia do pola „Tenant” („Najemca” w { -statlook } Web).

        Nie bierz pokazanej tu wartości „Identyfikator obiektu”: pole Object ID w programie { -statlook } to identyfikator użytkownika skrzynki, odczytasz go w dalszym kroku.
    .action = Znajdź oba identyfikatory w sekcji Podstawowe informacje.

guide-statlook-api-permissions =
    .title = Dodaj uprawnienia aplikacji do poczty
    .body =
        Otwórz „Uprawnienia interfejsu API”, wybierz „+ Dodaj uprawnienie”, potem „Microsoft Graph” i „Uprawnienia aplikacji” (aplikacja działa w tle, bez zalogowanego użytkownika). Za pomocą pola wyszukiwania znajdź i zaznacz:

        - `Mail.ReadWrite`: odczyt poczty;
        - `Mail.Send`: wysyłanie poczty.

        `User.Read` (delegowane) już jest na liście: zostaw je. Uprawnienia aplikacji pozwalają korzystać z każdej skrzynki w organizacji; ogranicza to dalszy krok opcjonalny.
    .action = Zaznacz oba uprawnienia, a potem wybierz „Dodaj uprawnienia”.

guide-statlook-admin-consent =
    .title = Udziel zgody administratora
    .body =
        Uprawnienia aplikacji nie działają, dopóki administrator nie wyrazi zgody. Wybierz „Udziel zgody administratora dla” z nazwą Twojej organizacji (przewodnik { -statlook } podaje nazwę aplikacji, ale przycisk zawiera nazwę organizacji) i potwierdź, wybierając „Tak”.

        Wymaga to roli Administrator ról uprzywilejowanych lub Administrator globalny. Jeśli przycisk jest nieaktywny, poproś osobę z tą rolą; może też wyrazić zgodę później na stronie „Uprawnienia” aplikacji dla przedsiębiorstw.
    .action = Wybierz „Udziel zgody administratora dla…” i potwierdź, wybierając „Tak”.

guide-statlook-enterprise-app =
    .title = Sprawdź, czy użytkownicy mogą logować się do aplikacji
    .body =
        Na stronie Przegląd pozycja „Aplikacja zarządzana w katalogu lokalnym” prowadzi do aplikacji dla przedsiębiorstw (jednostki usługi) tej aplikacji. Otwórz ją, a potem otwórz „Właściwości”.

        „Czy włączono logowanie dla użytkowników?” musi mieć wartość „Tak”; przy „Nie” { -statlook } nie dostanie tokenów. Jeśli to zmienisz, wybierz „Zapisz”.
    .action = Otwórz „Właściwości” aplikacji dla przedsiębiorstw i upewnij się, że logowanie dla użytkowników jest włączone („Tak”).

guide-statlook-user-object-id =
    .title = Znajdź identyfikator obiektu użytkownika skrzynki
    .body =
        Pole „Object ID” w programie { -statlook } wymaga identyfikatora obiektu użytkownika, którego skrzynki używa, a nie aplikacji.

        Przejdź do Użytkownicy › Wszyscy użytkownicy, wyszukaj użytkownika skrzynki i otwórz go: „Identyfikator obiektu” jest na stronie Przegląd użytkownika.
    .action = Otwórz użytkownika skrzynki i znajdź „Identyfikator obiektu”.

guide-statlook-mailbox-scope =
    .title = Ogranicz aplikację do skrzynki (opcjonalnie)
    .body =
        Przy dotychczasowych uprawnieniach aplikacja może czytać i wysyłać pocztę w każdej skrzynce Twojej organizacji. Aby to ograniczyć, użyj programu PowerShell dla usługi Exchange Online.

        Przewodnik { -statlook } wskazuje `New-ApplicationAccessPolicy`. Microsoft zastępuje teraz zasady dostępu aplikacji mechanizmem RBAC dla aplikacji w Exchange Online:

        - `Connect-ExchangeOnline` jako Administrator programu Exchange;
        - `New-ServicePrincipal -AppId { $clientId } -ObjectId { $servicePrincipalObjectId } -DisplayName "Statlook"` (identyfikator obiektu aplikacji dla przedsiębiorstw, nie rejestracji aplikacji);
        - zakres zarządzania, który wybiera skrzynkę (`New-ManagementScope`);
        - `New-ManagementRoleAssignment -App { $clientId } -Role "Application Mail.ReadWrite" -CustomResourceScope` z tym zakresem, i to samo dla `"Application Mail.Send"`.

        Te przypisania ról dodają się do tego, co przyznała usługa { -entra }: ograniczenie działa dopiero po usunięciu w { -entra } zgody na `Mail.ReadWrite` i `Mail.Send` dla całej organizacji.
    .action = Jeśli ograniczasz aplikację, uruchom polecenia w programie PowerShell dla usługi Exchange Online, a potem potwierdź tutaj.

guide-statlook-target-form =
    .title = Wpisz wartości w programie { -statlook }
    .body =
        { -statlook } Master: menu Narzędzia › Konta pocztowe, przycisk „Nowe”. Wpisz „Adres email”, a potem wybierz „+” przy polu „Poczta przychodząca” (przewodnik { -statlook } wskazuje tu omyłkowo pocztę wychodzącą). { -statlook } Web: Ustawienia (przycisk po lewej stronie) › Ustawienia aplikacji › Konta pocztowe, przycisk „Dodaj”, dalej tak samo.

        W ustawieniach serwera wybierz „Typ klienta” `Exchange (Confidental)` i wypełnij:

        - „Client ID” (w Web: „Id klienta”): { $clientId }
        - „Client Secret” (w Web: „Sekret klienta”): skopiowana wartość klucza tajnego, nie jego identyfikator;
        - „Tenant” (w Web: „Najemca”): { $tenantId }
        - „Object ID” (w Web: „Id obiektu”): identyfikator obiektu użytkownika skrzynki, { $userObjectId }

        Przeprowadź „Test pobierania” i „Test wysyłania”, a potem zatwierdź przyciskiem „OK”. Ustawienia poczty wychodzącej są takie same i zostaną uzupełnione automatycznie.

        Do czego służy konto, wskażesz w Master w menu Narzędzia › Opcje › Ogólne › Konto pocztowe, a w Web w sekcji Ustawienia aplikacji › Powiadomienia email.
    .action = Wypełnij konto pocztowe w programie { -statlook }, przeprowadź oba testy i zapisz.
