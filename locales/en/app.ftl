# Product and application names. Terms are not translated.
-regpilot = regpilot
-azure-portal = Azure portal
-entra = Microsoft Entra ID
-yetiforce = YetiForce CRM
-statlook = Statlook
-aktionnext = AktionNEXT
-comarch = Comarch DMS

app-name = { -regpilot }
app-tagline = Register your app in { -entra }, step by step
overlay-title = { -regpilot } guide
overlay-connected = Connected to the guide engine { $version }
lang-name-en = English
lang-name-pl = Polish
lang-name-cs = Czech
# The extension's description in the browser's extension list.
ext-description = Walks you through registering an application in { -entra } for a mail integration, inside the { -azure-portal }.

## The overlay panel
target-name-yetiforce = { -yetiforce }
target-name-statlook = { -statlook }
target-name-aktionnext = { -aktionnext }
target-name-comarch = { -comarch }
overlay-target-label = Application to set up
overlay-pick-target = Choose the application you are registering for.
overlay-lang-label = Language
overlay-collapse = Collapse the guide
overlay-expand = Expand the guide
overlay-dock-left = Move the guide to the left
overlay-dock-right = Move the guide to the right
overlay-steps-label = Steps
overlay-done = Already done
overlay-skip = Skip
overlay-skip-warning = Skipping leaves this step unchecked: the application may fail to sign in later. Skip anyway?
overlay-skip-confirm = Yes, skip
overlay-cancel = Cancel
overlay-back = Back
overlay-restart = Start again
overlay-take-me-there = Take me there
overlay-docs = Microsoft's documentation
overlay-finished = All steps are done.
overlay-mark-done = done
overlay-mark-skipped = skipped
overlay-secret-kept = kept in this browser session only
overlay-fallback = Can't find it on this page. Look for:
overlay-values-label = Collected values
overlay-findings-label = Problems found
overlay-finish = Finish and forget the client secret
