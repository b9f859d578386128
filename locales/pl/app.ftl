# Nazwy produktów i aplikacji. Terminów się nie tłumaczy.
-regpilot = regpilot
-azure-portal = Portal Azure
-entra = Microsoft Entra ID
-yetiforce = YetiForce CRM
-statlook = Statlook
-aktionnext = AktionNEXT
-comarch = Comarch DMS

app-name = { -regpilot }
app-tagline = Zarejestruj aplikację w { -entra } krok po kroku
overlay-title = Przewodnik { -regpilot }
overlay-connected = Połączono z silnikiem przewodnika { $version }
lang-name-en = angielski
lang-name-pl = polski
lang-name-cs = czeski
# Opis rozszerzenia na liście rozszerzeń przeglądarki.
ext-description = Prowadzi krok po kroku przez rejestrację aplikacji w { -entra } na potrzeby integracji poczty, bezpośrednio w portalu Azure.

## Panel przewodnika
target-name-yetiforce = { -yetiforce }
target-name-statlook = { -statlook }
target-name-aktionnext = { -aktionnext }
target-name-comarch = { -comarch }
overlay-target-label = Konfigurowana aplikacja
overlay-pick-target = Wybierz aplikację, dla której rejestrujesz aplikację w Entra ID.
overlay-lang-label = Język
overlay-collapse = Zwiń przewodnik
overlay-expand = Rozwiń przewodnik
overlay-dock-left = Przenieś przewodnik na lewą stronę
overlay-dock-right = Przenieś przewodnik na prawą stronę
overlay-steps-label = Kroki
overlay-done = Już zrobione
overlay-skip = Pomiń
overlay-skip-warning = Pominięty krok nie zostanie sprawdzony: aplikacja może później nie móc się zalogować. Pominąć mimo to?
overlay-skip-confirm = Tak, pomiń
overlay-cancel = Anuluj
overlay-back = Wstecz
overlay-restart = Zacznij od nowa
overlay-take-me-there = Przejdź tam
overlay-docs = Dokumentacja Microsoft
overlay-finished = Wszystkie kroki są wykonane.
overlay-mark-done = wykonano
overlay-mark-skipped = pominięto
overlay-secret-kept = przechowywana tylko w tej sesji przeglądarki
overlay-fallback = Nie widzę tego na tej stronie. Szukaj:
overlay-values-label = Zebrane wartości
overlay-findings-label = Znalezione problemy
overlay-finish = Zakończ i zapomnij klucz tajny klienta
