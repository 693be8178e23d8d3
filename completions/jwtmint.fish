# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_jwtmint_global_optspecs
    string join \n h/help V/version
end

function __fish_jwtmint_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_jwtmint_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_jwtmint_using_subcommand
    set -l cmd (__fish_jwtmint_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c jwtmint -n "__fish_jwtmint_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "sign" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "formio" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "realm" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "developerhub" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "tinymce" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "tiledesk" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "inspect" -d 'Show what is inside a token, check its signature and a service\'s rules.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "keygen" -d 'Make a key pair (or a secret) for a service.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "config" -d 'Show the config file, its profiles, and the settings in force.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "completions" -d 'Print a shell completion script.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l sub -d 'The `sub` (subject) claim.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l iss -d 'The `iss` (issuer) claim.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l aud -d 'The `aud` (audience) claim; repeat it for an array.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l jti -d 'The `jti` (token id) claim; without a value, a random UUID v4.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l key -d 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l exp -d 'Set `exp` to this time (Unix seconds or RFC 3339)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l nbf -d 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l kid -d 'Set the `kid` (key id) header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l format -d 'What to print' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'
url\t'The URL that carries the token, for services that log in through a link'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l project -d 'The project\'s id (24 hex digits).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l form -d 'The user resource form\'s id (24 hex digits).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l role -d 'A role id (24 hex digits); repeatable, at least one.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l data -d 'A field of user.data: KEY=VALUE or KEY:=JSON; dotted keys nest. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l data-file -d 'Take user.data from a JSON object in this file (`-` = standard input); --data adds to it.' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l key -d 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l exp -d 'Set `exp` to this time (Unix seconds or RFC 3339)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l nbf -d 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l kid -d 'Set the `kid` (key id) header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l format -d 'What to print' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'
url\t'The URL that carries the token, for services that log in through a link'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l admin -d 'Make the user an administrator (isAdmin: true).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l user-id -d 'The user\'s id; always signed as a JSON string.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l user-id-claim -d 'The claim that carries the user id: the server\'s userIdFieldName.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l key -d 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l exp -d 'Set `exp` to this time (Unix seconds or RFC 3339)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l nbf -d 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l kid -d 'Set the `kid` (key id) header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l format -d 'What to print' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'
url\t'The URL that carries the token, for services that log in through a link'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l admin -d 'Make the user a Realm administrator (isAdmin: true).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l docs-url -d 'The docs site\'s URL (absolute http/https); the token is appended as jwt=TOKEN.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l var -d 'A field of vars: KEY=VALUE or KEY:=JSON; dotted keys nest (user.name=Joe). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l vars-file -d 'Take vars from a JSON object in this file (`-` = standard input); --var adds to it.' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l error-redirect-url -d 'Where DeveloperHub sends the reader when the token is refused.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l key -d 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l exp -d 'Set `exp` to this time (Unix seconds or RFC 3339)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l nbf -d 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l kid -d 'Set the `kid` (key id) header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l format -d 'What to print' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'
url\t'The URL that carries the token, for services that log in through a link'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l single-use -d 'Make the link single-use (adds a random jti; a second visit is refused).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l product -d 'Which Tiny Cloud service the token is for: drive (Tiny Drive: sub, name and an optional drive root), ai (TinyMCE AI: aud (API key), sub and permissions) or export (Export to PDF/Word and Import from Word: aud (API key)).' -r -f -a "drive\t''
ai\t''
export\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l sub -d 'The user\'s id (drive, ai); may contain `:` only as a valid URI.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l name -d 'The user\'s full name (drive).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l drive-root -d 'The user\'s root folder in Tiny Drive, e.g. /johndoe (drive).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l api-key -d 'Your Tiny Cloud API key, signed as aud (ai, export).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l permission -d 'An AI permission for auth.ai.permissions (ai); repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l user-name -d 'user.name (ai).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l user-email -d 'user.email (ai).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l key -d 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l exp -d 'Set `exp` to this time (Unix seconds or RFC 3339)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l nbf -d 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l kid -d 'Set the `kid` (key id) header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l format -d 'What to print' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'
url\t'The URL that carries the token, for services that log in through a link'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l project -d 'The Tiledesk project id.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l user-id -d 'The user\'s id, signed as _id (only letters, digits, `_` and `-`).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l firstname -d 'The user\'s first name.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l lastname -d 'The user\'s last name.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l email -d 'The user\'s email.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l attr -d 'A custom attribute: KEY=VALUE or KEY:=JSON. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l role -d 'Make sign-in create a real agent account with this role (needs --email).' -r -f -a "owner\t''
admin\t''
agent\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l audience-base -d 'The base of aud; the server reads the project id from its path.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l url -d 'The page that embeds the widget: prints PAGE?tiledesk_jwt=JWT%20TOKEN.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l key -d 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l exp -d 'Set `exp` to this time (Unix seconds or RFC 3339)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l nbf -d 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l kid -d 'Set the `kid` (key id) header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l format -d 'What to print' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'
url\t'The URL that carries the token, for services that log in through a link'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l provider -d 'Check the token against this service\'s rules' -r -f -a "formio\t''
realm\t''
developerhub\t''
tinymce\t''
tiledesk\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l secret-file -d 'Verify an HS* signature with the secret in this file (or JWTMINT_SECRET)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l secret-env -d 'Verify an HS* signature with the secret in this environment variable (its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l secret-command -d 'Verify an HS* signature with the secret this command prints (split like a shell would, run without one)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l key -d 'Verify with this key: a public key, a certificate or a private key (PEM or DER)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l passphrase-file -d 'The passphrase of an encrypted private key given to --key' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l passphrase-command -d 'The passphrase of an encrypted private key: what this command prints' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l format -d 'Output format' -r -f -a "text\t'Header and payload as JSON on stdout; times, signature and problems on stderr'
json\t'One JSON object on stdout: header, payload, signature, problems, warnings'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l require-valid -d 'Count a signature that was not checked (no key) as a failed check'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l type -d 'What to make' -r -f -a "rsa\t''
ec\t''
ed25519\t''
secret\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l bits -d 'RSA modulus size [default: 2048]' -r -f -a "2048\t''
3072\t''
4096\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l curve -d 'EC curve [default: P-256]' -r -f -a "P-256\t''
P-384\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l bytes -d 'Length of a `--type secret` in random bytes, printed as twice as many hex digits [default: 32]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l out -d 'Write the private key (or the secret) here, mode 0600. Required for rsa, ec, ed25519' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l public-out -d 'Write the public key here instead of printing it' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l passphrase-file -d 'Read the new key\'s passphrase from this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l force -d 'Overwrite existing files'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l no-encrypt -d 'Write the private key unencrypted (plain PKCS#8)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -f -a "path" -d 'Print the config file\'s path.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -f -a "profiles" -d 'List the config file\'s profiles, one a line.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -f -a "show" -d 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from profiles" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'List the config file\'s profiles, one a line.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand completions" -s h -l help -d 'Print help'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand completions" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "sign" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "formio" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "realm" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "developerhub" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "tinymce" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "tiledesk" -d 'The options every minting subcommand shares'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "inspect" -d 'Show what is inside a token, check its signature and a service\'s rules.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "keygen" -d 'Make a key pair (or a secret) for a service.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "config" -d 'Show the config file, its profiles, and the settings in force.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "completions" -d 'Print a shell completion script.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk inspect keygen config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "profiles" -d 'List the config file\'s profiles, one a line.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).'
