# regpilot export: reading a bundle, refusing a bad one, and the calendar reminder's text.
# $target is always the product's name (YetiForce CRM, Statlook, ...), $kind the portal's name of
# the permission type (Delegated permissions, Application permissions).

## Command line: usage

export-usage-missing-bundle = Missing --bundle FILE: the bundle file the extension exported (- reads it from standard input).
export-usage-missing-format = Missing --format; choose one of: { $valid }.
export-usage-unknown-format = Unknown format “{ $format }”; choose one of: { $valid }.
export-usage-unknown-lang = Unknown language “{ $lang }”; choose one of: { $valid }.
export-usage-extra-argument = Unexpected argument “{ $argument }”; the bundle is given with --bundle FILE.
export-file-unreadable = Cannot read { $file }: { $error }

## Reading the bundle
# $detail is the JSON parser's own (English) description of the problem.

export-bundle-syntax = { $file }, line { $line }, column { $column }: not valid JSON ({ $detail }).
export-bundle-shape = { $file }, line { $line }, column { $column }: not a { -regpilot } bundle ({ $detail }).
export-bundle-version = { $file } is a bundle of format version { $found }; this version of { -regpilot } reads version { $supported }.

## Findings that stop the export
# One line per finding: "$severity $field [$rule]: $message". $field is the bundle's field name
# (e.g. tenant_id) and $rule a stable rule id; neither is translated.

export-severity-error = error
export-severity-warning = warning
export-finding = { $severity } { $field } [{ $rule }]: { $message }
export-refused =
    { $count ->
        [one] The bundle has an error, so nothing was exported. Correct it in the portal or in the bundle, then export again.
       *[other] The bundle has { $count } errors, so nothing was exported. Correct them in the portal or in the bundle, then export again.
    }

## Findings about the bundle as a whole (the checks' own messages cover the values)
# $key is the bundle's field name (application_object_id, app_name, ...), not translated.

export-check-required = The bundle has no { $key }, which { $target } needs. Export the bundle again after the guide's step that records it.
export-check-secret-id = The Secret ID is a GUID, such as 0f8fad5b-d9cb-469f-a165-70867728950e. Copy it from the Secret ID column under Certificates & secrets; the secret itself belongs in the value.
export-check-control-character = { $key } contains a line break or another control character. Remove it from the name in the portal and export again.
export-check-unknown-permission = { $name } ({ $kind }) is not a permission { -regpilot } knows, so its ID cannot be written. Check the name in API permissions.

## Formats that cannot be made from this bundle

export-error-no-secret = The bundle has no client secret, so there is no expiry to be reminded of.
export-error-vendor-application = { $target } signs in with its vendor's own application: there is no app registration of yours to script or to describe in a manifest.
export-error-unknown-permission = { $name } ({ $kind }) is not a permission { -regpilot } knows, so its ID cannot be written.
export-error-reminder-range = The secret's expiry date is too early for a reminder 14 days before it.

## Notes printed beside the export

export-note-secret-not-in-format = This format never contains the secret's value; --include-secret changes nothing. The scripts create a new client secret, because { -entra } generates the value.
export-note-secret-absent = The bundle holds no secret value to include.

## The calendar reminder (.ics), in the bundle's language
# $app: the app registration's name; $expires: a date such as 2026-09-01; $secretid and
# $clientid: GUIDs; $days: 14. Portal labels as in the portal: Certificates & secrets, New client
# secret, Value.

export-ics-summary = Client secret of “{ $app }” expires on { $expires }
export-ics-description = The client secret (Secret ID { $secretid }) of the app registration “{ $app }” (Application (client) ID { $clientid }) expires on { $expires }. Before then, in { -entra } open the app registration, go to Certificates & secrets, add a New client secret, enter its Value in { $target }, then delete the old secret.
export-ics-alarm =
    { $days ->
        [one] The client secret of “{ $app }” expires in { $days } day.
       *[other] The client secret of “{ $app }” expires in { $days } days.
    }
