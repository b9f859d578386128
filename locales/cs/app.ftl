# Názvy produktů a aplikací. Termíny se nepřekládají.
-regpilot = regpilot
-azure-portal = Portál Azure
-entra = Microsoft Entra ID
-yetiforce = YetiForce CRM
-statlook = Statlook
-aktionnext = AktionNEXT
-comarch = Comarch DMS

app-name = { -regpilot }
app-tagline = Zaregistrujte aplikaci v { -entra } krok za krokem
overlay-title = Průvodce { -regpilot }
overlay-connected = Připojeno k jádru průvodce { $version }
lang-name-en = angličtina
lang-name-pl = polština
lang-name-cs = čeština
# Popis rozšíření v seznamu rozšíření prohlížeče.
ext-description = Provede vás registrací aplikace v { -entra } pro integraci pošty přímo na portálu Azure.

## Panel průvodce
target-name-yetiforce = { -yetiforce }
target-name-statlook = { -statlook }
target-name-aktionnext = { -aktionnext }
target-name-comarch = { -comarch }
overlay-target-label = Nastavovaná aplikace
overlay-pick-target = Vyberte aplikaci, pro kterou registraci v Entra ID provádíte.
overlay-lang-label = Jazyk
overlay-collapse = Sbalit průvodce
overlay-expand = Rozbalit průvodce
overlay-dock-left = Přesunout průvodce doleva
overlay-dock-right = Přesunout průvodce doprava
overlay-steps-label = Kroky
overlay-done = Už hotovo
overlay-skip = Přeskočit
overlay-skip-warning = Přeskočený krok nebude zkontrolován: aplikace se pak nemusí přihlásit. Přesto přeskočit?
overlay-skip-confirm = Ano, přeskočit
overlay-cancel = Zrušit
overlay-back = Zpět
overlay-restart = Začít znovu
overlay-take-me-there = Přejít tam
overlay-docs = Dokumentace Microsoftu
overlay-finished = Všechny kroky jsou hotové.
overlay-mark-done = hotovo
overlay-mark-skipped = přeskočeno
overlay-secret-kept = uchována jen v této relaci prohlížeče
overlay-fallback = Na této stránce to nevidím. Hledejte:
overlay-values-label = Shromážděné hodnoty
overlay-findings-label = Nalezené problémy
overlay-finish = Dokončit a zapomenout tajný kód klienta
