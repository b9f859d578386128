# Shared words of every guide: the overlay's step chrome, descriptions of how a step is
# verified, field and role names, and the steps all app registrations share.
#
# Step texts use a light markup: a blank line separates paragraphs, a line starting with "- " is
# a list item, `backticks` mark values to type or copy. Quote portal labels exactly as the
# portal shows them in this language (the label table in domain.md §10).

## Step chrome

guide-step-counter = Step { $number } of { $total }
# $count: number of steps; $optional: how many of them may be skipped.
guide-summary = { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }{ $optional ->
        [0] {""}
        [one] , { $optional } of them optional
       *[other] , { $optional } of them optional
    }
# Shown instead of a value not captured yet, e.g. ‹Redirect URI›.
guide-placeholder = ‹{ $name }›
guide-md-step-heading = { $number }. { $title }
guide-md-requirements = What the registration needs
guide-md-roles = Roles you need
guide-md-not-covered = Not covered by this guide
guide-md-steps = Steps
guide-md-action = What to do:
guide-md-where = Where:
guide-md-highlight = Highlighted:
guide-md-captures = Values kept:
guide-md-done-when = Done when:
guide-md-docs = Microsoft documentation:
guide-md-optional = optional
guide-md-outside-portal = outside the portal

## What to look for when the highlight cannot find its element

guide-look-for = “{ $label }” { $where }
# $english: the same label in the English portal, which many admins use.
guide-look-for-alt = “{ $label }” (in the English portal: “{ $english }”) { $where }
guide-position-top-bar = in the search bar at the top of the portal
guide-position-left-menu = in the menu on the left
guide-position-command-bar = in the toolbar at the top of the page
guide-position-essentials = in the Essentials section of the page
guide-position-form = in the form
guide-position-table = in the list on the page
guide-position-dialog = in the panel that opened on the right
guide-position-footer = at the bottom of the form or panel
guide-position-anywhere = on the page

## How a step is verified

guide-verify-page = The “{ $page }” page is open.
guide-verify-anchors-done = The highlighted fields are filled in or selected as described.
guide-verify-captured = { $count ->
        [one] The guide has kept this value: { $fields }.
       *[other] The guide has kept these { $count } values: { $fields }.
    }
guide-verify-permissions-listed = { $count ->
        [one] The list of configured permissions shows { $names }.
       *[other] The list of configured permissions shows these { $count } permissions: { $names }.
    }
guide-verify-permissions-granted = { $count ->
        [one] The status of { $names } reads “Granted for” your organization.
       *[other] The status of all { $count } permissions reads “Granted for” your organization: { $names }.
    }
guide-verify-secret-row = A new row appears under “{ $section }”.
guide-verify-list-contains = The list “{ $list }” contains { $value }.
guide-verify-text-present = The page shows “{ $label }”.
guide-verify-manual = You confirm in the guide that this is done.

## Values a guide reads

guide-field-tenant-id = Directory (tenant) ID
guide-field-client-id = Application (client) ID
guide-field-object-id = Object ID of the app registration
guide-field-secret-value = Client secret value
guide-field-secret-id = Secret ID
guide-field-secret-expiry = Client secret expiry
guide-field-redirect-uri = Redirect URI
guide-field-app-name = Application name
guide-field-service-principal-object-id = Object ID of the enterprise application
guide-field-user-object-id = Object ID of the mailbox user
guide-field-tenant-name = Organization name

## Requirements

guide-req-account-type = Supported account types: “{ $type }”
guide-req-platform = Redirect URI platform: “{ $platform }”
guide-req-no-redirect = No redirect URI
guide-req-permission = { $api }: `{ $name }` ({ $type })
guide-req-permission-optional = { $api }: `{ $name }` ({ $type }), optional
guide-req-permission-vendor = { $api }: `{ $name }` ({ $type }), asked for by the vendor's application at sign-in (as far as its consent screen shows)
guide-req-vendor = You register no application: the program signs in with its vendor's own application, which the mailbox user (or you, for the whole organization) consents to.

## Entra roles. The value is the role's name as the portal lists it.

guide-role-line = { $role }: { $purpose }
guide-role-application-developer = Application Developer
    .purpose = registers the application (not needed if your tenant lets all users register applications, the default).
guide-role-cloud-application-administrator = Cloud Application Administrator
    .purpose = grants admin consent to delegated permissions and manages enterprise applications.
guide-role-privileged-role-administrator = Privileged Role Administrator
    .purpose = grants admin consent to Microsoft Graph application permissions and changes user consent settings (Global Administrator can too).
guide-role-exchange-administrator = Exchange Administrator
    .purpose = runs the Exchange Online PowerShell commands that limit which mailboxes the application may use.

## regpilot guide (command line). $valid lists the valid values, comma separated.

guide-cli-usage = usage: regpilot guide --target <{ $targets }> [--lang <{ $langs }>] [--format <{ $formats }>]
guide-cli-missing-target = Missing --target; choose one of: { $valid }.
guide-cli-unknown-target = Unknown target “{ $value }”; choose one of: { $valid }.
guide-cli-unknown-lang = Unknown language “{ $value }”; choose one of: { $valid }.
guide-cli-unknown-format = Unknown format “{ $value }”; choose one of: { $valid }.
guide-cli-extra-argument = Unexpected argument “{ $value }”.
guide-cli-broken = The built-in guide is broken: { $error }

## Steps shared by the guides

guide-step-open-app-registrations =
    .title = Open App registrations
    .body =
        Sign in to the { -azure-portal } with an account that may register applications in your organization.

        App registrations is part of { -entra } (formerly Azure Active Directory): type `App registrations` in the search bar at the top and choose it from the results, or use the guide's link to the page.
    .action = Open “App registrations”.

guide-step-new-registration =
    .title = Start a new registration
    .body = On the App registrations page, start a new registration. (On the { -entra } overview, “+ Add” › “App registration” opens the same form; older portals say “+ Create”.)
    .action = Select “+ New registration”.

guide-step-app-name =
    .title = Name the application
    .body = The name is shown to users when they sign in and consent, and to you in lists of applications. Choose one that says what the application is for; you can change it later.
    .action = Type a name in the “Name” field.

guide-step-register =
    .title = Register the application
    .body = Check the form once more, then register. The portal opens the new application's Overview page; its address now carries the application's IDs.
    .action = Select “Register” at the bottom of the form.

guide-step-client-secret =
    .title = Add a client secret
    .body =
        The client secret is the application's password. In the menu on the left open “Certificates & secrets”, then on the “Client secrets” tab add a new one.

        Enter a description you will recognize later (for example, where the secret is used) and choose when it expires: 180 days is recommended, 730 days (24 months) is the maximum. Put a reminder in your calendar: when the secret expires, mail stops working until you add a new one.
    .action = Select “+ New client secret”, fill in “Description” and “Expires”, then select “Add”.

guide-step-secret-value =
    .title = Copy the secret's value now
    .body =
        The new secret's row has two long strings. The one you need is in the “Value” column. The “Secret ID” is only the secret's identifier: if it is entered instead of the value, sign-in fails with AADSTS7000215.

        The portal shows the value only now: after you leave or reload the page it is hidden for good, and the only way out is to delete the secret and add a new one. Copy it with the copy button beside it; the guide keeps it for this browser session only.
    .action = Copy the value from the “Value” column.
