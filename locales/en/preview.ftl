# The documentation team's preview site: every guide in every language as the overlay shows
# it, the portal sandbox beside it, and a translation report. The whole site speaks the
# language chosen on it. Portal labels are quoted as the portal shows them in this language.

-preview-microsoft-azure = Microsoft Azure

## Header and footer

preview-title = { -regpilot } guide preview
preview-subtitle = Every guide in every language, step by step, as the overlay shows it
# A link for keyboard users that jumps over the header.
preview-skip = Skip to the content
# The label of the navigation between the two sections.
preview-nav-label = Sections
preview-nav-guides = Guides
preview-nav-completeness = Translation completeness
preview-target-label = Application
preview-target-yetiforce = { -yetiforce }
preview-target-statlook = { -statlook }
preview-target-aktionnext = { -aktionnext }
preview-target-comarch = { -comarch }
preview-lang-label = Language
# $version: the version number of the core, e.g. 0.1.0.
preview-footer = Built from the same core as the { -regpilot } extension, version { $version }.

## A guide

preview-load-error-heading = This guide cannot be loaded
preview-load-error = Its file or its texts did not pass validation. The loader says:
preview-about-heading = About this guide
# The arrows are the keys themselves.
preview-keyboard-hint = Keyboard: ← and → go to the previous and the next step; Tab reaches the list of steps.
preview-prev = Previous step
preview-next = Next step
# Beside a value the step reads that is a secret.
preview-secret = secret, kept only for this browser session

## Beside a step

preview-sandbox-heading = Portal sandbox
preview-sketch-heading = Sketch of the page with the highlighted element
preview-sketch-note = The sketch is drawn from regpilot's description of the portal: the page, its menu and only the elements this step uses, labelled as the portal shows them in this language. The outlined element is the one the overlay highlights, and the numbers give the order. To outline another one, choose it in the list of highlighted elements beside the step.
preview-frame-heading = The portal replica on this step's page
# $page: the title of the portal page, e.g. App registrations.
preview-frame-title = Portal replica: { $page }
preview-frame-note = The frame opens the portal replica at the step's deep link, in this language, with a sample app. It is another site, so nothing inside it can be marked from here; the replica draws only some of the pages, and panels that open over a page do not change its link. Outside the browser that `cargo xtask run` starts the frame stays empty: the real portal refuses to be shown in a frame.
preview-frame-open = Open in a new tab
preview-outside-portal = This step happens outside the portal (in the application or in PowerShell), so there is no portal page to show.
preview-sketch-brand = { -preview-microsoft-azure }

## Translation completeness

preview-completeness-heading = Translation completeness
preview-completeness-intro = All texts of the overlay, the guides, the checks, the exports and this site, compared with English. A text is a message or one of its attributes, such as the title or the body of a step.
preview-completeness-rule = The texts identical to English read exactly as in English. Texts with nothing to translate are neutral, listed apart and counted as translated: once placeholders, code, links, product names and the portal labels that the portal itself shows in English in this language (such as “Web”) are set aside, no letter is left. Terms (product names) are not counted at all.
preview-completeness-summary = All languages
preview-col-lang = Language
preview-col-total = Texts
preview-col-translated = Translated
preview-col-missing = Missing
preview-col-identical = Identical to English
preview-col-neutral = Neutral
preview-col-extra = Not in English
# $translated: translated texts; $percent: their share, rounded down.
preview-translated-cell = { $translated } ({ $percent }%)
# $count: the number of texts in English.
preview-completeness-reference = { $count ->
        [one] English is the reference language: { $count } text. Choose another language to see what it lacks.
       *[other] English is the reference language: { $count } texts. Choose another language to see what it lacks.
    }
# $translated: translated texts; $count: all texts; $percent: the share, rounded down.
preview-completeness-sentence = Translated: { $translated } ({ $count ->
        [one] { $count } text
       *[other] { $count } texts
    } in all), that is { $percent }%.
preview-missing-heading = { $count ->
        [one] { $count } text missing
       *[other] { $count } texts missing
    }
preview-identical-heading = { $count ->
        [one] { $count } text identical to English
       *[other] { $count } texts identical to English
    }
preview-neutral-heading = { $count ->
        [one] { $count } neutral text (the same as in English, nothing to translate)
       *[other] { $count } neutral texts (the same as in English, nothing to translate)
    }
preview-extra-heading = { $count ->
        [one] { $count } text that English does not have (left over after a rename)
       *[other] { $count } texts that English does not have (left over after a rename)
    }
preview-none = None.
preview-col-message = Text ID
preview-col-file = File
preview-col-english = In English
