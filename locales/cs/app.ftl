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
