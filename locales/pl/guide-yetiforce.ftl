# Przewodnik YetiForce CRM (crate/core/guides/yetiforce.toml). Etykiety YetiForce cytujemy tak, jak
# pokazuje je polski interfejs YetiForce; etykiety portalu tak, jak pokazuje je polski portal.

guide-yetiforce =
    .title = { -yetiforce }: poczta przez Microsoft 365 z OAuth2
    .intro =
        Ten przewodnik rejestruje w usłudze { -entra } aplikację, dzięki której { -yetiforce } odczytuje pocztę przez IMAP i wysyła ją przez SMTP w imieniu każdego użytkownika skrzynki, bez przechowywania haseł.

        Miej { -yetiforce } otwarty w drugiej karcie: zaczniesz w nim formularz serwera pocztowego, skopiujesz z niego wartość do portalu i dokończysz go wartościami, które poda portal.

guide-yetiforce-not-covered-mailbox = Pozostała konfiguracja poczty w { -yetiforce } (foldery, skaner poczty, podpisy): zobacz przewodnik { -yetiforce } o integracji ze skrzynkami pocztowymi.
guide-yetiforce-not-covered-users = Powiązanie serwera pocztowego z kontami użytkowników { -yetiforce }, które następuje po tym przewodniku.
guide-yetiforce-not-covered-smtp-auth = Włączenie SMTP AUTH dla skrzynek w Exchange Online, jeśli Twoja organizacja je wyłączyła (bez niego wysyłanie kończy się błędem 535 5.7.3).
guide-yetiforce-not-covered-renewal = Wymiana klucza tajnego klienta przed jego wygaśnięciem.

guide-yetiforce-account-type =
    .title = Zezwól na konta w dowolnym katalogu organizacyjnym
    .body =
        W sekcji „Obsługiwane typy kont” wybierz „Konta w dowolnym katalogu organizacyjnym” (aplikacja wielodostępna).

        Dlaczego nie „tylko w tym katalogu organizacyjnym”: { -yetiforce } loguje użytkowników we wspólnym punkcie końcowym Microsoft `/common`, a tam aplikacja jednej dzierżawy jest odrzucana z błędem AADSTS50194.

        Opcję obejmującą także osobiste konta Microsoft wybierz tylko wtedy, gdy podłączasz prywatne skrzynki Outlook.com.
    .action = Zaznacz „Konta w dowolnym katalogu organizacyjnym”.

guide-yetiforce-target-redirect-uri =
    .title = Skopiuj identyfikator URI przekierowania z { -yetiforce }
    .body =
        Identyfikator URI przekierowania generuje { -yetiforce }. W { -yetiforce } przejdź do formularza serwera pocztowego (Ustawienia › Serwery pocztowe, dodaj lub edytuj serwer):

        - w polu „Metoda autoryzacji” ustaw `OAuth2` (dopiero wtedy pojawiają się pola OAuth);
        - w polu „Dostawca uwierzytelniania OAuth” wybierz `Azure AD - Outlook.com (Office 365)` (w nowszych wersjach: `MS Azure - Outlook.com (Office 365)`);
        - w polu „Przekieruj URI” wybierz aplikację utworzoną w { -yetiforce } do integracji z pocztą;
        - skopiuj adres przyciskiem kopiowania obok.

        Adres wygląda jak `https://crm.example.com/webservice/OAuth/MailAccount/…`: adres Twojego { -yetiforce }, potem `webservice/OAuth/MailAccount/` i klucz. Zostaw formularz otwarty, dokończysz go na końcu.
    .action = Wklej do przewodnika identyfikator URI przekierowania skopiowany z { -yetiforce }.

guide-yetiforce-redirect-uri =
    .title = Dodaj identyfikator URI przekierowania dla platformy Web
    .body =
        W sekcji „Identyfikator URI przekierowania (opcjonalnie)” wybierz w pierwszym polu platformę „Internet” (w niektórych wersjach portalu „Sieć Web” lub „Web”), a w drugie pole wklej adres z { -yetiforce }: { $redirectUri }

        Musi być dokładnie taki sam, znak w znak (w ścieżce liczy się wielkość liter), i zaczynać się od `https://`. Nie wybieraj „Aplikacja jednostronicowa” ani „Klient publiczny/natywny”: { -yetiforce } loguje się jako aplikacja internetowa z kluczem tajnym, a przy innych platformach logowanie się nie powiedzie (AADSTS700025).
    .action = Wybierz „Internet” i wklej identyfikator URI przekierowania.

guide-yetiforce-copy-ids =
    .title = Odczytaj identyfikatory aplikacji
    .body =
        Strona Przegląd pokazuje identyfikatory nowej aplikacji w sekcji Podstawowe informacje. { -yetiforce } potrzebuje wartości „Identyfikator aplikacji (klienta)”: trafia ona do pola „ID Klienta” w jego formularzu.

        „Identyfikator katalogu (dzierżawy)” też jest odczytywany, do Twojej dokumentacji: sam { -yetiforce } o niego nie prosi, bo loguje się przez `/common`.
    .action = Znajdź „Identyfikator aplikacji (klienta)” w sekcji Podstawowe informacje; jeśli potrzebujesz go teraz, użyj przycisku kopiowania.

guide-yetiforce-check-redirect-uri =
    .title = Sprawdź identyfikator URI przekierowania na stronie Uwierzytelnianie
    .body =
        Otwórz „Uwierzytelnianie” w menu po lewej. Adres z { -yetiforce } musi być na liście platformy „Internet” (Web), a nie „Aplikacje mobilne i klasyczne” ani „Aplikacja jednostronicowa”.

        Jeśli jest w złym miejscu, usuń go tam i dodaj ponownie dla platformy Web. Ustawienie „Zezwalaj na przepływy klientów publicznych” zostaw na „Nie”.
    .action = Otwórz „Uwierzytelnianie” i znajdź identyfikator URI przekierowania przy platformie Web.

guide-yetiforce-api-permissions =
    .title = Dodaj delegowane uprawnienia do poczty
    .body =
        Otwórz „Uprawnienia interfejsu API”, wybierz „+ Dodaj uprawnienie”, potem „Microsoft Graph” i „Uprawnienia delegowane”. Za pomocą pola wyszukiwania znajdź i zaznacz:

        - `IMAP.AccessAsUser.All`: odczyt poczty przez IMAP;
        - `SMTP.Send`: wysyłanie poczty przez SMTP (w przewodniku { -yetiforce } z literówką „SMT Send”);
        - `offline_access`: utrzymanie połączenia bez ponownego logowania użytkownika;
        - `openid` i `email`: identyfikacja zalogowanej skrzynki.

        `User.Read` już jest na liście: zostaw je. Przewodnik { -yetiforce } wymienia też `profile`; nie szkodzi, ale { -yetiforce } o nie nie prosi.
    .action = Zaznacz pięć uprawnień, a potem wybierz „Dodaj uprawnienia”.

guide-yetiforce-admin-consent =
    .title = Udziel zgody administratora (tylko gdy użytkownicy nie mogą)
    .body =
        Te uprawnienia delegowane nie wymagają administratora: każdy użytkownik skrzynki wyraża zgodę przy pierwszym logowaniu z { -yetiforce }.

        Jeśli Twoja organizacja nie pozwala użytkownikom wyrażać zgody na aplikacje (widzą „Wymagane zatwierdzenie przez administratora”), wyraź ją teraz za wszystkich przyciskiem „Udziel zgody administratora dla” Twojej organizacji i potwierdź, wybierając „Tak”.
    .action = W razie potrzeby wybierz „Udziel zgody administratora dla…” i potwierdź.

guide-yetiforce-target-form =
    .title = Dokończ formularz serwera pocztowego w { -yetiforce }
    .body =
        Wróć do formularza serwera pocztowego w { -yetiforce } i wypełnij:

        - „Temat”: unikalna nazwa tego serwera pocztowego;
        - „Metoda autoryzacji”: `OAuth2`;
        - „Dostawca uwierzytelniania OAuth”: `Azure AD - Outlook.com (Office 365)`;
        - „ID Klienta”: identyfikator aplikacji (klienta), { $clientId };
        - „Klucz tajny klienta”: skopiowana wartość klucza tajnego (nie jego identyfikator);
        - „Przekieruj URI”: aplikacja wybrana wcześniej.

        Dla skrzynek Microsoft 365 serwery to IMAP `outlook.office365.com`, port `993`, SSL, oraz SMTP `smtp.office365.com`, port `587`, TLS (STARTTLS).

        Zapisz formularz, a potem powiąż serwer pocztowy z użytkownikami, którzy będą z niego korzystać.
    .action = Wypełnij formularz w { -yetiforce } i zapisz go.
