# Náhledový web pro tým dokumentace: každý průvodce v každém jazyce tak, jak ho ukazuje
# překryvný panel, vedle něj sandbox portálu a k tomu přehled překladů. Celý web mluví jazykem,
# který si na něm zvolíte. Popisky portálu uvádíme tak, jak je ukazuje český portál.

-preview-microsoft-azure = Microsoft Azure

## Záhlaví a zápatí

preview-title = Náhled průvodců { -regpilot }
preview-subtitle = Každý průvodce v každém jazyce, krok za krokem, tak jak ho ukazuje překryvný panel
# Odkaz pro uživatele klávesnice, který přeskočí záhlaví.
preview-skip = Přeskočit na obsah
# Popisek navigace mezi oběma sekcemi.
preview-nav-label = Sekce
preview-nav-guides = Průvodci
preview-nav-completeness = Úplnost překladů
preview-target-label = Aplikace
preview-target-yetiforce = { -yetiforce }
preview-target-statlook = { -statlook }
preview-target-aktionnext = { -aktionnext }
preview-target-comarch = { -comarch }
preview-lang-label = Jazyk
# $version: číslo verze jádra, např. 0.1.0.
preview-footer = Sestaveno ze stejného jádra jako rozšíření { -regpilot }, verze { $version }.

## Průvodce

preview-load-error-heading = Tohoto průvodce nelze načíst
preview-load-error = Jeho soubor nebo texty neprošly kontrolou. Zavaděč hlásí:
preview-about-heading = O tomto průvodci
# Šipky jsou samotné klávesy.
preview-keyboard-hint = Klávesnice: ← a → přejdou na předchozí a další krok; klávesou Tab se dostanete na seznam kroků.
preview-prev = Předchozí krok
preview-next = Další krok
# Vedle čtené hodnoty, která je tajná.
preview-secret = tajná hodnota, uchovává se jen pro tuto relaci prohlížeče

## Vedle kroku

preview-sandbox-heading = Sandbox portálu
preview-sketch-heading = Náčrt stránky se zvýrazněným prvkem
preview-sketch-note = Náčrt vychází z popisu portálu, se kterým pracuje regpilot: stránka, její nabídka a jen ty prvky, které tento krok používá, s popisky tak, jak je portál ukazuje v tomto jazyce. Orámovaný prvek je ten, který zvýrazní překryvný panel, a čísla udávají pořadí. Chcete-li orámovat jiný, vyberte ho v seznamu zvýrazňovaných prvků vedle kroku.
preview-frame-heading = Replika portálu na stránce tohoto kroku
# $page: nadpis stránky portálu, např. Registrace aplikací.
preview-frame-title = Replika portálu: { $page }
preview-frame-note = Rámec otevře repliku portálu na přímém odkazu kroku, v tomto jazyce a s ukázkovou aplikací. Jde o jiný web, takže v něm odsud nelze nic označit; replika kreslí jen některé stránky a panely, které se otevřou nad stránkou, nemění její odkaz. Mimo prohlížeč spuštěný příkazem `cargo xtask run` zůstane rámec prázdný: skutečný portál se v rámci zobrazit nenechá.
preview-frame-open = Otevřít na nové kartě
preview-outside-portal = Tento krok probíhá mimo portál (v aplikaci nebo v PowerShellu), takže tu není žádná stránka portálu k zobrazení.
preview-sketch-brand = { -preview-microsoft-azure }

## Úplnost překladů

preview-completeness-heading = Úplnost překladů
preview-completeness-intro = Všechny texty překryvného panelu, průvodců, kontrol, exportů a tohoto webu v porovnání s angličtinou. Text je zpráva nebo jeden z jejích atributů, například nadpis nebo obsah kroku.
preview-completeness-rule = Texty shodné s angličtinou zní přesně jako anglicky. Texty, v nichž není co překládat, jsou neutrální: uvádíme je zvlášť a počítáme je jako přeložené. Když se v nich pominou zástupné symboly, kód, odkazy, názvy produktů a popisky, které portál sám v tomto jazyce ukazuje anglicky (například „Web“), nezbude ani jedno písmeno. Termíny (názvy produktů) se nepočítají vůbec.
preview-completeness-summary = Všechny jazyky
preview-col-lang = Jazyk
preview-col-total = Texty
preview-col-translated = Přeloženo
preview-col-missing = Chybí
preview-col-identical = Shodné s angličtinou
preview-col-neutral = Neutrální
preview-col-extra = Navíc oproti angličtině
# $translated: přeložené texty; $percent: jejich podíl, zaokrouhlený dolů.
preview-translated-cell = { $translated } ({ $percent } %)
# $count: počet textů v angličtině.
preview-completeness-reference = { $count ->
        [one] Angličtina je referenční jazyk: { $count } text. Vyberte jiný jazyk a uvidíte, co mu chybí.
        [few] Angličtina je referenční jazyk: { $count } texty. Vyberte jiný jazyk a uvidíte, co mu chybí.
        [many] Angličtina je referenční jazyk: { $count } textu. Vyberte jiný jazyk a uvidíte, co mu chybí.
       *[other] Angličtina je referenční jazyk: { $count } textů. Vyberte jiný jazyk a uvidíte, co mu chybí.
    }
# $translated: přeložené texty; $count: všechny texty; $percent: podíl, zaokrouhlený dolů.
preview-completeness-sentence = Přeloženo: { $translated } (celkem { $count ->
        [one] { $count } text
        [few] { $count } texty
        [many] { $count } textu
       *[other] { $count } textů
    }), tedy { $percent } %.
preview-missing-heading = { $count ->
        [one] Chybí { $count } text
        [few] Chybějí { $count } texty
        [many] Chybí { $count } textu
       *[other] Chybí { $count } textů
    }
preview-identical-heading = { $count ->
        [one] { $count } text shodný s angličtinou
        [few] { $count } texty shodné s angličtinou
        [many] { $count } textu shodného s angličtinou
       *[other] { $count } textů shodných s angličtinou
    }
preview-neutral-heading = { $count ->
        [one] { $count } neutrální text (stejný jako v angličtině, není v něm co překládat)
        [few] { $count } neutrální texty (stejné jako v angličtině, není v nich co překládat)
        [many] { $count } neutrálního textu (stejného jako v angličtině, není v něm co překládat)
       *[other] { $count } neutrálních textů (stejných jako v angličtině, není v nich co překládat)
    }
preview-extra-heading = { $count ->
        [one] { $count } text, který angličtina nemá (zbytek po přejmenování)
        [few] { $count } texty, které angličtina nemá (zbytek po přejmenování)
        [many] { $count } textu, který angličtina nemá (zbytek po přejmenování)
       *[other] { $count } textů, které angličtina nemá (zbytek po přejmenování)
    }
preview-none = Žádné.
preview-col-message = ID textu
preview-col-file = Soubor
preview-col-english = Anglicky
