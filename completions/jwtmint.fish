# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_jwtmint_global_optspecs
    string join \n color= h/help V/version
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

complete -c jwtmint -n "__fish_jwtmint_needs_command" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "sign" -d 'Mint a token with any claims and any algorithm.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "jitsi" -d 'Jitsi Meet token authentication (prosody\'s token plugin): a token to enter a room.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "supabase" -d 'Supabase Auth and API tokens: a user\'s access token, or the anon / service_role key form.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "hasura" -d 'Hasura GraphQL Engine: a token carrying Hasura\'s session variables.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "client-assertion" -d 'RFC 7523 client assertion (private_key_jwt, or client_secret_jwt with a secret) for any OAuth 2.0 server.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "postgrest" -d 'PostgREST: a token that runs requests as a database role.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "serve" -d 'Serve tokens over HTTP: a token provider, a login URL, a JWKS and an OpenID discovery document.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "inspect" -d 'Show what is inside a token, check its signature and a service\'s rules.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "keygen" -d 'Make a key pair (or a secret) for a service.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "completions" -d 'Print a shell completion script.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "formio" -d 'Form.io on-premise SSO: a token the server accepts as an external user.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "realm" -d 'Realm Object Server\'s JWT provider: an RS256 token with a string userId.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "developerhub" -d 'DeveloperHub docs reader login: prints the signed docs URL.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "tinymce" -d 'Tiny Cloud (TinyMCE premium services): Tiny Drive, TinyMCE AI and export/import.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "tiledesk" -d 'Tiledesk custom authentication: a token for signInWithCustomToken.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "firebase" -d 'Firebase custom token: sign an app user in with signInWithCustomToken.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "google" -d 'Google service-account JWT: a self-signed access token or the OAuth assertion.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "snowflake" -d 'Snowflake key-pair JWT for the SQL API and drivers.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "entra" -d 'Microsoft Entra ID client assertion: a certificate credential instead of a secret.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "github-app" -d 'GitHub App JWT: authenticates as the app, to get installation tokens.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "app-store-connect" -d 'App Store Connect API token (and, with --bundle-id, an App Store Server API token).'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "apns" -d 'Apple Push Notification service provider token (token-based APNs authentication).'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "apple-client-secret" -d 'Sign in with Apple client secret: the JWT sent as client_secret to Apple\'s token endpoint.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "ghost" -d 'Ghost Admin API token, for publishing scripts and integrations.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "livekit" -d 'LiveKit access token: join a room as a participant, or call the server APIs.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "metabase" -d 'Metabase static embedding: prints the signed embed URL of a dashboard or question.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "zendesk" -d 'Zendesk JWT single sign-on: prints the login link.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "gitbook" -d 'GitBook visitor authentication: prints the signed link to a docs site.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "meilisearch" -d 'Meilisearch tenant token: a search-only token limited to some indexes and filters.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "musickit" -d 'Apple MusicKit developer token, for the Apple Music API and MusicKit on the web.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "weatherkit" -d 'Apple WeatherKit REST API token.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "mapkit" -d 'Apple MapKit JS and Maps Server API token.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "mux" -d 'Mux signed playback, thumbnail, gif, storyboard and DRM license token.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "zoom" -d 'Zoom Meeting SDK or Video SDK signature, the JWT a Zoom SDK joins with.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "twilio" -d 'Twilio Access Token, for the Video, Voice, Conversations/Chat, Sync and TaskRouter client SDKs.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "stream" -d 'Stream (getstream.io) Chat or Feeds token: a user token, a Chat server token or a Feeds scope token.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "vonage" -d 'Vonage application JWT, for the Vonage APIs and the Client SDK.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "coinbase-cdp" -d 'Coinbase Developer Platform API key JWT: a 2-minute token for one request.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "docusign" -d 'DocuSign JWT Grant assertion: an integration acts for a user.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "salesforce" -d 'Salesforce OAuth 2.0 JWT bearer assertion: a connected app logs in as a user.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "atlassian-connect" -d 'Atlassian Connect JWT: an app calls Jira or Confluence with the tenant\'s shared secret.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "public-key" -d 'Print the public key of a private key, as PEM, JWK or JWKS, or its thumbprint.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "config" -d 'Show the config file, its profiles, and the settings in force.'
complete -c jwtmint -n "__fish_jwtmint_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l sub -d 'The `sub` (subject) claim.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l iss -d 'The `iss` (issuer) claim.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l aud -d 'The `aud` (audience) claim; repeat it for an array.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l jti -d 'The `jti` (token id) claim; without a value, a random UUID v4.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''
ES256\t''
ES384\t''
ES512\t''
ES256K\t''
EdDSA\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand sign" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l app-id -d 'The app id of prosody\'s config (app_id), signed as iss.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l room -d 'The room the token opens (`*` for every room); Jitsi compares it in lower case.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l sub -d 'The tenant or domain (checked only with domain verification).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l aud -d 'The audience.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l user-id -d 'context.user.id.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l user-name -d 'context.user.name (the display name).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l user-email -d 'context.user.email.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l avatar -d 'context.user.avatar (an image URL).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l feature -d 'Turn on a feature in context.features: livestreaming, recording, transcription, outbound-call. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l url -d 'The Jitsi server (https://meet.example.com): prints URL/ROOM?jwt=TOKEN.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
url\t'The URL that carries the token, for services that log in through a link'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l moderator -d 'Make the user a moderator (context.user.moderator: true). Never the default.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l no-moderator -d 'Turn off --moderator (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l jaas -d '8x8 JaaS (8x8.vc): iss "chat", sub = --app-id (vpaas-magic-cookie-…), RS256 with --kid APP/KEYID, booleans in context as "true"/"false"; --format url without --url opens https://8x8.vc/APP/ROOM.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l no-jaas -d 'Turn off --jaas (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand jitsi" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l project-ref -d 'The project ref (the REF of https://REF.supabase.co).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l sub -d 'Mint a user\'s access token for this user id (a UUID).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l email -d 'The user\'s email (with --sub).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l app-metadata -d 'app_metadata, a JSON object (with --sub).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l user-metadata -d 'user_metadata, a JSON object (with --sub).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
ES256\t''
RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
header\t'The HTTP header the service reads the token from'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l anon -d 'Mint the anon API-key form (role: anon).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l no-anon -d 'Turn off --anon (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l service-role -d 'Mint the service_role API-key form, which bypasses row-level security. Never the default.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l no-service-role -d 'Turn off --service-role (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand supabase" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l default-role -d 'x-hasura-default-role: the role of requests without an x-hasura-role header.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l allowed-role -d 'A role of x-hasura-allowed-roles (must include the default role). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l user-id -d 'x-hasura-user-id (a string).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l session-var -d 'Another session variable, x-hasura-NAME=VALUE (always a string). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l namespace -d 'The claims namespace (the server\'s claims_namespace; default https://hasura.io/jwt/claims).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l namespace-path -d 'Put the claims at this JSON path instead ($.hasura.claims; the server\'s claims_namespace_path).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
header\t'The HTTP header the service reads the token from'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l stringified -d 'Write the namespace value as a JSON string (claims_format: stringified_json).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l no-stringified -d 'Turn off --stringified (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand hasura" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l client-id -d 'The client id the server registered: `iss` and `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l token-endpoint -d 'The token endpoint the assertion is posted to: `aud`, unless --audience says otherwise.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l audience -d '`aud` when the server wants another value than the token endpoint: the issuer (Keycloak, FAPI 2.0 servers) or https://TENANT.auth0.com/ (Auth0, with its trailing slash).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''
ES256\t''
ES384\t''
ES512\t''
EdDSA\t''
HS256\t''
HS384\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand client-assertion" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l role -d 'The database role the request runs as. Required: PostgREST serves a token without one as the anonymous role.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l role-claim-key -d 'Where the role goes: the server\'s jwt-role-claim-key JSPath (.role, .realm_access.roles[0], ."https://example.com/claims".role).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l aud -d 'The audience, when the server sets jwt-aud.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
ES256\t''
ES384\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
header\t'The HTTP header the service reads the token from'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand postgrest" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "sign" -d 'Serve sign tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "formio" -d 'Serve Form.io tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "realm" -d 'Serve Realm tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "developerhub" -d 'Serve DeveloperHub tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "tinymce" -d 'Serve Tiny Cloud tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "tiledesk" -d 'Serve Tiledesk tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "firebase" -d 'Serve Firebase tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "google" -d 'Serve Google tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "snowflake" -d 'Serve Snowflake tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "entra" -d 'Serve Microsoft Entra ID tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "github-app" -d 'Serve GitHub tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "app-store-connect" -d 'Serve App Store Connect tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "apns" -d 'Serve APNs tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "apple-client-secret" -d 'Serve Sign in with Apple tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "ghost" -d 'Serve Ghost tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "livekit" -d 'Serve LiveKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "jitsi" -d 'Serve Jitsi tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "supabase" -d 'Serve Supabase tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "hasura" -d 'Serve Hasura tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "metabase" -d 'Serve Metabase tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "zendesk" -d 'Serve Zendesk tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "gitbook" -d 'Serve GitBook tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "meilisearch" -d 'Serve Meilisearch tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "musickit" -d 'Serve MusicKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "weatherkit" -d 'Serve WeatherKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "mapkit" -d 'Serve MapKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "mux" -d 'Serve Mux tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "zoom" -d 'Serve Zoom tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "twilio" -d 'Serve Twilio tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "stream" -d 'Serve Stream tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "vonage" -d 'Serve Vonage tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "coinbase-cdp" -d 'Serve Coinbase Developer Platform tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "docusign" -d 'Serve DocuSign tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "salesforce" -d 'Serve Salesforce tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "atlassian-connect" -d 'Serve Atlassian Connect tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "client-assertion" -d 'Serve OAuth 2.0 client authentication tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "postgrest" -d 'Serve PostgREST tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and not __fish_seen_subcommand_from sign formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit jitsi supabase hasura metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect client-assertion postgrest help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l sub -d 'The `sub` (subject) claim.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l iss -d 'The `iss` (issuer) claim.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l aud -d 'The `aud` (audience) claim; repeat it for an array.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l jti -d 'The `jti` (token id) claim; without a value, a random UUID v4.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''
ES256\t''
ES384\t''
ES512\t''
ES256K\t''
EdDSA\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l project -d 'The project\'s id (24 hex digits).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l form -d 'The user resource form\'s id (24 hex digits).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l role -d 'A role id (24 hex digits); repeatable, at least one.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l data -d 'A field of user.data: KEY=VALUE or KEY:=JSON; dotted keys nest. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l data-file -d 'Take user.data from a JSON object in this file (`-` = standard input); --data adds to it.' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l admin -d 'Make the user an administrator (isAdmin: true).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l no-admin -d 'Turn off --admin (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from formio" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l user-id -d 'The user\'s id; always signed as a JSON string.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l user-id-claim -d 'The claim that carries the user id: the server\'s userIdFieldName.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l admin -d 'Make the user a Realm administrator (isAdmin: true).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l no-admin -d 'Turn off --admin (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from realm" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l docs-url -d 'The docs site\'s URL (absolute http/https); the token is appended as jwt=TOKEN.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l var -d 'A field of vars: KEY=VALUE or KEY:=JSON; dotted keys nest (user.name=Joe). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l vars-file -d 'Take vars from a JSON object in this file (`-` = standard input); --var adds to it.' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l error-redirect-url -d 'Where DeveloperHub sends the reader when the token is refused.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "url\t'The URL that carries the token, for services that log in through a link'
token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l single-use -d 'Make the link single-use (adds a random jti; a second visit is refused).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l no-single-use -d 'Turn off --single-use (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from developerhub" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l product -d 'Which Tiny Cloud service the token is for: drive (Tiny Drive: sub, name and an optional drive root), ai (TinyMCE AI: aud (API key), sub and permissions) or export (Export to PDF/Word and Import from Word: aud (API key)).' -r -f -a "drive\t''
ai\t''
export\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l sub -d 'The user\'s id (drive, ai); may contain `:` only as a valid URI.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l name -d 'The user\'s full name (drive).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l drive-root -d 'The user\'s root folder in Tiny Drive, e.g. /johndoe (drive).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l api-key -d 'Your Tiny Cloud API key, signed as aud (ai, export).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l permission -d 'An AI permission for auth.ai.permissions (ai); repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l user-name -d 'user.name (ai).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l user-email -d 'user.email (ai).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tinymce" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l project -d 'The Tiledesk project id.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l user-id -d 'The user\'s id, signed as _id (only letters, digits, `_` and `-`).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l firstname -d 'The user\'s first name.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l lastname -d 'The user\'s last name.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l email -d 'The user\'s email.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l attr -d 'A custom attribute: KEY=VALUE or KEY:=JSON. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l role -d 'Make sign-in create a real agent account with this role (needs --email).' -r -f -a "owner\t''
admin\t''
agent\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l audience-base -d 'The base of aud; the server reads the project id from its path.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l url -d 'The page that embeds the widget: prints PAGE?tiledesk_jwt=JWT%20TOKEN.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
url\t'The URL that carries the token, for services that log in through a link'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from tiledesk" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l uid -d 'The user\'s uid (1 to 128 characters): the account the app signs in as.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l tenant-id -d 'Sign in to this Identity Platform tenant (`tenant_id`).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from firebase" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l aud -d 'Self-signed JWT for one API: `aud` = https://SERVICE.googleapis.com/ (with the slash).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l scope -d 'An OAuth scope (repeatable): https://www.googleapis.com/auth/cloud-platform.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l subject -d 'With --oauth --scope: the Workspace user to act as (domain-wide delegation), as `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l target-audience -d 'With --oauth: ask for an ID token for this audience (a Cloud Run URL or an IAP client id).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l oauth -d 'Mint the OAuth JWT-bearer assertion (`aud` = token_uri) instead of a self-signed JWT.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l no-oauth -d 'Turn off --oauth (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from google" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l account -d 'The account identifier: myorg-myaccount, or a locator such as xy12345.us-east-2.aws.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l user -d 'The Snowflake user whose RSA_PUBLIC_KEY matches --key (signed in upper case).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''
ES256\t''
ES384\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from snowflake" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l cert -d 'The certificate uploaded to the app registration (PEM or DER), for --key\'s key.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l tenant -d 'The directory (tenant) id, or a verified domain such as contoso.onmicrosoft.com.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l client-id -d 'The application (client) id: `iss` and `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l authority -d 'The authority host, for national clouds: https://login.microsoftonline.us, https://login.partner.microsoftonline.cn.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "PS256\t''
RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from entra" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l app-id -d 'The App ID (a number; iss is a JSON number). Give this or --client-id.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l client-id -d 'The app\'s Client ID (Iv1.… or Iv23…; iss is a string), which GitHub now recommends. Give this or --app-id.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from github-app" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l issuer-id -d 'Your issuer id (iss), from the Keys page of App Store Connect, for a team key. Give this or --individual.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l scope -d 'Limit the token to one request, like \'GET /v1/apps?filter[platform]=IOS\' (scope is always an array). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l bundle-id -d 'Mint the App Store Server API variant for this app (bid claim; at most 60m; needs --issuer-id).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l individual -d 'The key is an individual key: sub: "user" and no iss. Give this or --issuer-id.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l no-individual -d 'Turn off --individual (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from app-store-connect" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l team-id -d 'Your 10-character Apple Developer Team ID (iss).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apns" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l team-id -d 'Your 10-character Apple Developer Team ID (iss).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l client-id -d 'The client id (sub): the Services ID for web sign-in, the bundle id for native apps. Case-sensitive.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from apple-client-secret" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from ghost" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l api-key -d 'The LiveKit API key (APIxxxxxxxx), signed as iss; its secret goes in --secret-file.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l identity -d 'The participant\'s identity, signed as sub.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l room -d 'The room to join: grants roomJoin, room, canPublish, canSubscribe and canPublishData.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l name -d 'The participant\'s display name.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l metadata -d 'The participant\'s metadata (a string; JSON text stays a string).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l attr -d 'A participant attribute (string to string). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l grant -d 'A video grant by LiveKit\'s camelCase name: NAME (true), NAME=false, canPublishSources=camera,microphone, destinationRoom=ROOM. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l url -d 'The LiveKit server (wss://HOST): prints wss://HOST?access_token=TOKEN.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
url\t'The URL that carries the token, for services that log in through a link'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from livekit" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l app-id -d 'The app id of prosody\'s config (app_id), signed as iss.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l room -d 'The room the token opens (`*` for every room); Jitsi compares it in lower case.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l sub -d 'The tenant or domain (checked only with domain verification).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l aud -d 'The audience.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l user-id -d 'context.user.id.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l user-name -d 'context.user.name (the display name).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l user-email -d 'context.user.email.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l avatar -d 'context.user.avatar (an image URL).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l feature -d 'Turn on a feature in context.features: livestreaming, recording, transcription, outbound-call. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l url -d 'The Jitsi server (https://meet.example.com): prints URL/ROOM?jwt=TOKEN.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
url\t'The URL that carries the token, for services that log in through a link'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l moderator -d 'Make the user a moderator (context.user.moderator: true). Never the default.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l no-moderator -d 'Turn off --moderator (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l jaas -d '8x8 JaaS (8x8.vc): iss "chat", sub = --app-id (vpaas-magic-cookie-…), RS256 with --kid APP/KEYID, booleans in context as "true"/"false"; --format url without --url opens https://8x8.vc/APP/ROOM.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l no-jaas -d 'Turn off --jaas (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from jitsi" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l project-ref -d 'The project ref (the REF of https://REF.supabase.co).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l sub -d 'Mint a user\'s access token for this user id (a UUID).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l email -d 'The user\'s email (with --sub).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l app-metadata -d 'app_metadata, a JSON object (with --sub).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l user-metadata -d 'user_metadata, a JSON object (with --sub).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
ES256\t''
RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
header\t'The HTTP header the service reads the token from'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l anon -d 'Mint the anon API-key form (role: anon).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l no-anon -d 'Turn off --anon (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l service-role -d 'Mint the service_role API-key form, which bypasses row-level security. Never the default.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l no-service-role -d 'Turn off --service-role (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from supabase" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l default-role -d 'x-hasura-default-role: the role of requests without an x-hasura-role header.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l allowed-role -d 'A role of x-hasura-allowed-roles (must include the default role). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l user-id -d 'x-hasura-user-id (a string).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l session-var -d 'Another session variable, x-hasura-NAME=VALUE (always a string). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l namespace -d 'The claims namespace (the server\'s claims_namespace; default https://hasura.io/jwt/claims).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l namespace-path -d 'Put the claims at this JSON path instead ($.hasura.claims; the server\'s claims_namespace_path).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
header\t'The HTTP header the service reads the token from'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l stringified -d 'Write the namespace value as a JSON string (claims_format: stringified_json).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l no-stringified -d 'Turn off --stringified (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from hasura" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l site-url -d 'The Metabase site\'s URL.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l dashboard -d 'Embed this dashboard (a positive integer).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l question -d 'Embed this question (a positive integer).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l param -d 'A locked parameter\'s value: SLUG=VALUE or SLUG:=JSON (an array for several). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l bordered -d 'The #bordered= display option.' -r -f -a "true\t''
false\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l titled -d 'The #titled= display option.' -r -f -a "true\t''
false\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l theme -d 'The #theme= display option.' -r -f -a "night\t''
transparent\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "url\t'The URL that carries the token, for services that log in through a link'
token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from metabase" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l subdomain -d 'The Zendesk subdomain (SUB.zendesk.com).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l email -d 'The user\'s email.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l name -d 'The user\'s name.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l external-id -d 'The user\'s id in your system (external_id).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l organization -d 'The user\'s organization.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l tag -d 'A user tag. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l user-field -d 'A custom user field: KEY=VALUE or KEY:=JSON. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l return-to -d 'Where Zendesk sends the user after sign-in.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l role -d 'The user\'s role: end-user, or agent/admin (staff rights). Never the default.' -r -f -a "end-user\t''
agent\t''
admin\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "url\t'The URL that carries the token, for services that log in through a link'
token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zendesk" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l site-url -d 'The docs site\'s URL.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l path -d 'The page to open on the site.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "url\t'The URL that carries the token, for services that log in through a link'
token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from gitbook" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l api-key-uid -d 'The `uid` of the API key whose value signs the token (GET /keys shows it): `apiKeyUid`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l search-rules -d '`searchRules` as JSON: an array of index names (["*"] for all the parent key reaches), or an object of index name to null, {} or {"filter": "…"}.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l index -d 'An index the token may search, with the filter applied to every search of it (the tenant boundary: tenant_id = 42). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
header\t'The HTTP header the service reads the token from'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from meilisearch" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l team-id -d 'Your 10-character Apple Developer Team ID (iss).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l origin -d 'A web origin allowed to use the token, as the browser sends it: scheme and host, and a port if not the default (https://example.com). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from musickit" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l team-id -d 'Your 10-character Apple Developer Team ID (iss).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l service-id -d 'The Services ID registered for WeatherKit (sub, and the header id TEAMID.SERVICEID), e.g. com.example.weather.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from weatherkit" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l team-id -d 'Your 10-character Apple Developer Team ID (iss).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l scope -d 'What the token may do: server_api, mapkit_js, web_snapshots, embed_api, several separated by spaces or commas.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l origin -d 'Where a browser may use the token (origin): a domain, *.example.com, or several separated by commas; written into the token as given. Required for mapkit_js, web_snapshots and embed_api.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mapkit" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l key-id -d 'The URL signing key\'s id (the `id` Mux returns with the key; MUX_SIGNING_KEY in Mux\'s SDKs). Written as the claim kid.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l playback-id -d 'The signed playback ID the token opens (sub).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l type -d 'What the token opens (aud): video (v), thumbnail (t), gif (g), storyboard (s) or drm_license (d).' -r -f -a "video\t''
thumbnail\t''
gif\t''
storyboard\t''
drm_license\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l param -d 'A playback or image modifier carried in the token, as a string (time=10, width=640, max_resolution=720p…). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
url\t'The URL that carries the token, for services that log in through a link'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from mux" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l sdk -d 'Which SDK the signature is for: `meeting` (Meeting SDK) or `video` (Video SDK). Their credentials and tokens are not interchangeable.' -r -f -a "meeting\t''
video\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l sdk-key -d 'The app\'s Client ID ("SDK key" on older apps); the secret is the Client Secret (--secret-file).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l session -d 'Video SDK: the session topic (tpc), at most 200 characters, exactly as passed to client.join(topic, …).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l meeting-number -d 'Meeting SDK: the meeting or webinar number (mn); spaces are dropped, so `812 3456 7890` works. Without it the token carries no meeting and no role (a native SDK\'s init token).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l user-identity -d 'Video SDK: your own id for the user (user_identity), under 35 characters.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l session-key -d 'Video SDK: your own id for the session (session_key), under 36 characters.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l host -d 'Join as host: role 1 (Meeting SDK; starting a meeting also needs the host\'s ZAK) or role_type 1 (Video SDK). Without it: attendee / participant (0).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l no-host -d 'Turn off --host (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from zoom" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l account-sid -d 'The Account SID (sub): AC followed by 32 hex digits.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l api-key -d 'The API Key SID (iss): SK followed by 32 hex digits. The secret is that API Key\'s secret (--secret-file), not the account\'s Auth Token.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l identity -d 'The user the token acts for (grants.identity); required with every grant but TaskRouter\'s.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l video-room -d 'Video grant: join this room (video.room); without a value, any room.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l voice-app -d 'Voice grant: outgoing calls through this TwiML App (voice.outgoing.application_sid).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l voice-param -d 'Voice grant: a parameter passed to the TwiML App\'s voice URL (voice.outgoing.params); repeatable, needs --voice-app.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l voice-push-credential -d 'Voice grant: the push credential for incoming-call notifications (voice.push_credential_sid).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l chat-service -d 'Chat grant, also for Conversations: the service (chat.service_sid).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l chat-push-credential -d 'Chat grant: the push credential for notifications (chat.push_credential_sid); needs --chat-service.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l sync-service -d 'Sync grant: the Sync service (data_sync.service_sid; Twilio names the grant data_sync).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l task-router-workspace -d 'TaskRouter grant: the workspace (task_router.workspace_sid); needs --task-router-worker.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l task-router-worker -d 'TaskRouter grant: the worker (task_router.worker_sid).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l task-router-role -d 'TaskRouter grant: the worker\'s role (task_router.role), as Flex names it.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l region -d 'The Twilio region the token is for (header twr), like ie1 or au1; none: the default (us1).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l voice-incoming -d 'Voice grant: receive incoming calls to the identity (voice.incoming.allow).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l no-voice-incoming -d 'Turn off --voice-incoming (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from twilio" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l user-id -d 'A user token for this user (user_id), for a client SDK; with --feeds-scope, the user the scope token is for.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l feeds-scope -d 'A Feeds scope token: resource and action, each a name or `*` (`feed:read`, `activities:*`, `*:*`). Actions: read, write, delete, *.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l feed-id -d 'With --feeds-scope: the feed the token is for (feed_id), slug and user id run together as Stream writes it (`user1` for user:1), or `*`; repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l call-cid -d 'With --user-id, a Video call token: a call the user may join (call_cids), TYPE:ID like default:standup; repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l role -d 'With --call-cid: the user\'s role in those calls (role), like admin or host.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l server -d 'A Chat server token (server: true): full backend rights over the app. Keep it on servers.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l no-server -d 'Turn off --server (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from stream" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l application-id -d 'The Vonage application\'s id (application_id), a UUID; the key is that application\'s private.key (--key).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l acl -d 'An API path the Client SDK user may use (acl.paths), like `/*/users/**` or `/*/conversations/**`; repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l sub -d 'The Client SDK user the token acts as (sub): the user\'s name in the application.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from vonage" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l key-name -d 'The API key id: a UUID (Ed25519 keys) or organizations/ORG/apiKeys/ID (ECDSA keys). It is `kid` and `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l uri -d 'The request the token is for, as \'GET api.cdp.coinbase.com/platform/v1/wallets\': method, a space, host and path, without scheme or query (repeatable; the SDK writes one per token). `uris`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l audience -d 'Add this to `aud` (repeatable; the SDK\'s optional `audience`). CDP\'s REST calls need none.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''
EdDSA\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l websocket -d 'A websocket token: no `uris` (instead of --uri).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l no-websocket -d 'Turn off --websocket (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from coinbase-cdp" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l integration-key -d 'The integration key (the app\'s client id, a GUID from Apps and Keys): `iss`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l user -d 'The API user id (a GUID, shown as "User ID" on the user\'s page; not the email) to act for: `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l scope -d 'A scope to ask for (repeatable, or several separated by spaces); default "signature impersonation". `impersonation` is needed to act for a user.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l demo -d 'The developer (demo) environment: `aud` = account-d.docusign.com instead of account.docusign.com.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l no-demo -d 'Turn off --demo (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from docusign" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l consumer-key -d 'The connected app\'s consumer key (client id): `iss`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l username -d 'The Salesforce username to log in as (user@example.com; for an Experience Cloud site, the site user\'s): `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l audience -d '`aud`: login (https://login.salesforce.com, production), test (https://test.salesforce.com, sandboxes) or an Experience Cloud site\'s https URL (https://SITE.my.site.com/customers).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from salesforce" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l issuer -d '`iss`: the app\'s `key` (atlassian-connect.json) when the app calls the product; the tenant\'s `clientKey` when the token stands for the product calling the app.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l method -d 'The HTTP method of the request the token is for (any case; hashed upper-case).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l url -d 'The request the token is for: a full URL under --base-url, or a path relative to it (/rest/api/3/issue/KEY-1?expand=names). Its path and query make `qsh`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l base-url -d 'The product\'s base URL from the `installed` callback (https://SITE.atlassian.net, or https://SITE.atlassian.net/wiki for Confluence): `qsh` hashes the path below it. Default: the origin of an absolute --url.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l sub -d '`sub`: the user\'s Atlassian accountId, as the product sets it when it calls the app. Never taken from the environment or a profile.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
header\t'The HTTP header the service reads the token from'
url\t'The URL that carries the token, for services that log in through a link'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l serve-issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT] (--issuer is atlassian-connect\'s own option here)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l context-qsh -d '`qsh` = "context-qsh": a context token (the product calling the app\'s page or a `context` JWT), bound to no request. Not with --url or --method.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l no-context-qsh -d 'Turn off --context-qsh (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from atlassian-connect" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l client-id -d 'The client id the server registered: `iss` and `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l token-endpoint -d 'The token endpoint the assertion is posted to: `aud`, unless --audience says otherwise.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l audience -d '`aud` when the server wants another value than the token endpoint: the issuer (Keycloak, FAPI 2.0 servers) or https://TENANT.auth0.com/ (Auth0, with its trailing slash).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''
ES256\t''
ES384\t''
ES512\t''
EdDSA\t''
HS256\t''
HS384\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from client-assertion" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l role -d 'The database role the request runs as. Required: PostgREST serves a token without one as the anonymous role.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l role-claim-key -d 'Where the role goes: the server\'s jwt-role-claim-key JSPath (.role, .realm_access.roles[0], ."https://example.com/claims".role).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l aud -d 'The audience, when the server sets jwt-aud.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
ES256\t''
ES384\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
header\t'The HTTP header the service reads the token from'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l listen -d 'Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l from-header -d 'Take an option\'s value from this request header, set by an authenticating proxy' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l allow-origin -d 'Let pages from this origin ask /token from a browser (CORS, with credentials)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l jwks-key -d 'Also publish this public key in the JWKS (a rotation); repeatable' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l issuer -d 'The issuer URL of the discovery document [default: http://ADDR:PORT]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l allow-public -d 'Listen on a non-loopback address with identities fixed by the command line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -l quiet -d 'No access log on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from postgrest" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Serve sign tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "formio" -d 'Serve Form.io tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "realm" -d 'Serve Realm tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "developerhub" -d 'Serve DeveloperHub tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "tinymce" -d 'Serve Tiny Cloud tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "tiledesk" -d 'Serve Tiledesk tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "firebase" -d 'Serve Firebase tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "google" -d 'Serve Google tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "snowflake" -d 'Serve Snowflake tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "entra" -d 'Serve Microsoft Entra ID tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "github-app" -d 'Serve GitHub tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "app-store-connect" -d 'Serve App Store Connect tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "apns" -d 'Serve APNs tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "apple-client-secret" -d 'Serve Sign in with Apple tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "ghost" -d 'Serve Ghost tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "livekit" -d 'Serve LiveKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "jitsi" -d 'Serve Jitsi tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "supabase" -d 'Serve Supabase tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "hasura" -d 'Serve Hasura tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "metabase" -d 'Serve Metabase tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "zendesk" -d 'Serve Zendesk tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "gitbook" -d 'Serve GitBook tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "meilisearch" -d 'Serve Meilisearch tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "musickit" -d 'Serve MusicKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "weatherkit" -d 'Serve WeatherKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "mapkit" -d 'Serve MapKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "mux" -d 'Serve Mux tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "zoom" -d 'Serve Zoom tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "twilio" -d 'Serve Twilio tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "stream" -d 'Serve Stream tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "vonage" -d 'Serve Vonage tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "coinbase-cdp" -d 'Serve Coinbase Developer Platform tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "docusign" -d 'Serve DocuSign tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "salesforce" -d 'Serve Salesforce tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "atlassian-connect" -d 'Serve Atlassian Connect tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "client-assertion" -d 'Serve OAuth 2.0 client authentication tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "postgrest" -d 'Serve PostgREST tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand serve; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l provider -d 'Check the token against this service\'s rules' -r -f -a "formio\t''
realm\t''
developerhub\t''
tinymce\t''
tiledesk\t''
firebase\t''
google\t''
snowflake\t''
entra\t''
github-app\t''
app-store-connect\t''
apns\t''
apple-client-secret\t''
ghost\t''
livekit\t''
jitsi\t''
supabase\t''
hasura\t''
metabase\t''
zendesk\t''
gitbook\t''
meilisearch\t''
musickit\t''
weatherkit\t''
mapkit\t''
mux\t''
zoom\t''
twilio\t''
stream\t''
vonage\t''
coinbase-cdp\t''
docusign\t''
salesforce\t''
atlassian-connect\t''
client-assertion\t''
postgrest\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l secret-env -d 'Verify an HS* signature with the secret in this environment variable (its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l secret-encoding -d 'How the secret\'s text is read: utf8 (its bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l jwks-url -d 'Verify with the key fetched from this JWKS URL, picked by the token\'s `kid`' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l iss -d 'Expect this `iss`: any other, or none, is a problem' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l aud -d 'Expect this audience: `aud` is it, or an array that holds it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l sub -d 'Expect this `sub`: any other, or none, is a problem' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l alg -d 'Allow only this `alg` (as the header names it: RS256, ES256…); repeatable' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''
ES256\t''
ES384\t''
ES512\t''
ES256K\t''
EdDSA\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l leeway -d 'Allow this much clock difference in the `exp`, `nbf` and `iat` checks (`iat` may be 1m ahead in any case)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l format -d 'Output format' -r -f -a "text\t'Header, then payload: two JSON documents on stdout (`jq -s \'.[1]\'` picks the payload; --format json gives one document); times, signature and problems on stderr'
json\t'One JSON object on stdout: header, payload, signature, problems, warnings'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l key -d 'Verify with this key: a public key, a certificate, a private key (PEM or DER, any form --key of `sign` takes), a JWK or a JWKS (the key is picked by the token\'s `kid`), or a key store\'s reference (awskms://, hashivault://, pkcs11:, ssh-agent:) whose public half is used [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l secret-file -d 'Verify an HS* signature with the secret in this file (or JWTMINT_SECRET) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l secret-command -d 'Verify an HS* signature with the secret this command prints (split like a shell would, run without one) [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l passphrase-file -d 'The passphrase of an encrypted private key given to --key [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l passphrase-command -d 'The passphrase of an encrypted private key: what this command prints [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand inspect" -l discover -d 'Verify with the key of the token\'s issuer: fetch ISS/.well-known/openid-configuration, then its jwks_uri'
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
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l curve -d 'EC curve [default: P-256]: P-256 (ES256), P-384 (ES384), P-521 (ES512), secp256k1 (ES256K)' -r -f -a "P-256\t''
P-384\t''
P-521\t''
secp256k1\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l bytes -d 'Length of a `--type secret` in random bytes, printed as twice as many hex digits [default: 32]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l out -d 'Write the private key (or the secret) here, mode 0600. Required for rsa, ec, ed25519' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l public-out -d 'Write the public key here instead of printing it' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l format -d 'How to write the private key: pem (PKCS#8) or jwk [default: pem]' -r -f -a "pem\t'PKCS#8 PEM, encrypted unless --no-encrypt'
jwk\t'A private JWK (needs --no-encrypt)'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l jwks-out -d 'Also write the public key as a JWKS here ({"keys":[…]}, kid = thumbprint, use "sig", alg)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l passphrase-file -d 'Read the new key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l passphrase-command -d 'Run this command for the new key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l force -d 'Overwrite existing files'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -l no-encrypt -d 'Write the private key unencrypted (plain PKCS#8)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand keygen" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand completions" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand completions" -l install -d 'Write the script where the shell looks for it, and say where on stderr'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand completions" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l project -d 'The project\'s id (24 hex digits).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l form -d 'The user resource form\'s id (24 hex digits).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l role -d 'A role id (24 hex digits); repeatable, at least one.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l data -d 'A field of user.data: KEY=VALUE or KEY:=JSON; dotted keys nest. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l data-file -d 'Take user.data from a JSON object in this file (`-` = standard input); --data adds to it.' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l admin -d 'Make the user an administrator (isAdmin: true).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l no-admin -d 'Turn off --admin (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand formio" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l user-id -d 'The user\'s id; always signed as a JSON string.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l user-id-claim -d 'The claim that carries the user id: the server\'s userIdFieldName.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l admin -d 'Make the user a Realm administrator (isAdmin: true).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l no-admin -d 'Turn off --admin (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand realm" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l docs-url -d 'The docs site\'s URL (absolute http/https); the token is appended as jwt=TOKEN.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l var -d 'A field of vars: KEY=VALUE or KEY:=JSON; dotted keys nest (user.name=Joe). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l vars-file -d 'Take vars from a JSON object in this file (`-` = standard input); --var adds to it.' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l error-redirect-url -d 'Where DeveloperHub sends the reader when the token is refused.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "url\t'The URL that carries the token, for services that log in through a link'
token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l single-use -d 'Make the link single-use (adds a random jti; a second visit is refused).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand developerhub" -l no-single-use -d 'Turn off --single-use (as set by a profile)'
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
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tinymce" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
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
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
url\t'The URL that carries the token, for services that log in through a link'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand tiledesk" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l uid -d 'The user\'s uid (1 to 128 characters): the account the app signs in as.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l tenant-id -d 'Sign in to this Identity Platform tenant (`tenant_id`).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand firebase" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l aud -d 'Self-signed JWT for one API: `aud` = https://SERVICE.googleapis.com/ (with the slash).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l scope -d 'An OAuth scope (repeatable): https://www.googleapis.com/auth/cloud-platform.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l subject -d 'With --oauth --scope: the Workspace user to act as (domain-wide delegation), as `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l target-audience -d 'With --oauth: ask for an ID token for this audience (a Cloud Run URL or an IAP client id).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l oauth -d 'Mint the OAuth JWT-bearer assertion (`aud` = token_uri) instead of a self-signed JWT.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l no-oauth -d 'Turn off --oauth (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand google" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l account -d 'The account identifier: myorg-myaccount, or a locator such as xy12345.us-east-2.aws.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l user -d 'The Snowflake user whose RSA_PUBLIC_KEY matches --key (signed in upper case).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''
ES256\t''
ES384\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand snowflake" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l cert -d 'The certificate uploaded to the app registration (PEM or DER), for --key\'s key.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l tenant -d 'The directory (tenant) id, or a verified domain such as contoso.onmicrosoft.com.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l client-id -d 'The application (client) id: `iss` and `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l authority -d 'The authority host, for national clouds: https://login.microsoftonline.us, https://login.partner.microsoftonline.cn.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "PS256\t''
RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand entra" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l app-id -d 'The App ID (a number; iss is a JSON number). Give this or --client-id.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l client-id -d 'The app\'s Client ID (Iv1.… or Iv23…; iss is a string), which GitHub now recommends. Give this or --app-id.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand github-app" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l issuer-id -d 'Your issuer id (iss), from the Keys page of App Store Connect, for a team key. Give this or --individual.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l scope -d 'Limit the token to one request, like \'GET /v1/apps?filter[platform]=IOS\' (scope is always an array). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l bundle-id -d 'Mint the App Store Server API variant for this app (bid claim; at most 60m; needs --issuer-id).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l individual -d 'The key is an individual key: sub: "user" and no iss. Give this or --issuer-id.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l no-individual -d 'Turn off --individual (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand app-store-connect" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l team-id -d 'Your 10-character Apple Developer Team ID (iss).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apns" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l team-id -d 'Your 10-character Apple Developer Team ID (iss).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l client-id -d 'The client id (sub): the Services ID for web sign-in, the bundle id for native apps. Case-sensitive.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand apple-client-secret" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand ghost" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l api-key -d 'The LiveKit API key (APIxxxxxxxx), signed as iss; its secret goes in --secret-file.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l identity -d 'The participant\'s identity, signed as sub.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l room -d 'The room to join: grants roomJoin, room, canPublish, canSubscribe and canPublishData.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l name -d 'The participant\'s display name.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l metadata -d 'The participant\'s metadata (a string; JSON text stays a string).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l attr -d 'A participant attribute (string to string). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l grant -d 'A video grant by LiveKit\'s camelCase name: NAME (true), NAME=false, canPublishSources=camera,microphone, destinationRoom=ROOM. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l url -d 'The LiveKit server (wss://HOST): prints wss://HOST?access_token=TOKEN.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
url\t'The URL that carries the token, for services that log in through a link'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand livekit" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l site-url -d 'The Metabase site\'s URL.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l dashboard -d 'Embed this dashboard (a positive integer).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l question -d 'Embed this question (a positive integer).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l param -d 'A locked parameter\'s value: SLUG=VALUE or SLUG:=JSON (an array for several). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l bordered -d 'The #bordered= display option.' -r -f -a "true\t''
false\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l titled -d 'The #titled= display option.' -r -f -a "true\t''
false\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l theme -d 'The #theme= display option.' -r -f -a "night\t''
transparent\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "url\t'The URL that carries the token, for services that log in through a link'
token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand metabase" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l subdomain -d 'The Zendesk subdomain (SUB.zendesk.com).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l email -d 'The user\'s email.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l name -d 'The user\'s name.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l external-id -d 'The user\'s id in your system (external_id).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l organization -d 'The user\'s organization.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l tag -d 'A user tag. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l user-field -d 'A custom user field: KEY=VALUE or KEY:=JSON. Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l return-to -d 'Where Zendesk sends the user after sign-in.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l role -d 'The user\'s role: end-user, or agent/admin (staff rights). Never the default.' -r -f -a "end-user\t''
agent\t''
admin\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "url\t'The URL that carries the token, for services that log in through a link'
token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zendesk" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l site-url -d 'The docs site\'s URL.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l path -d 'The page to open on the site.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "url\t'The URL that carries the token, for services that log in through a link'
token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand gitbook" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l api-key-uid -d 'The `uid` of the API key whose value signs the token (GET /keys shows it): `apiKeyUid`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l search-rules -d '`searchRules` as JSON: an array of index names (["*"] for all the parent key reaches), or an object of index name to null, {} or {"filter": "…"}.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l index -d 'An index the token may search, with the filter applied to every search of it (the tenant boundary: tenant_id = 42). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
header\t'The HTTP header the service reads the token from'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand meilisearch" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l team-id -d 'Your 10-character Apple Developer Team ID (iss).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l origin -d 'A web origin allowed to use the token, as the browser sends it: scheme and host, and a port if not the default (https://example.com). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand musickit" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l team-id -d 'Your 10-character Apple Developer Team ID (iss).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l service-id -d 'The Services ID registered for WeatherKit (sub, and the header id TEAMID.SERVICEID), e.g. com.example.weather.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand weatherkit" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l key-id -d 'The key\'s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l team-id -d 'Your 10-character Apple Developer Team ID (iss).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l scope -d 'What the token may do: server_api, mapkit_js, web_snapshots, embed_api, several separated by spaces or commas.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l origin -d 'Where a browser may use the token (origin): a domain, *.example.com, or several separated by commas; written into the token as given. Required for mapkit_js, web_snapshots and embed_api.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mapkit" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l key-id -d 'The URL signing key\'s id (the `id` Mux returns with the key; MUX_SIGNING_KEY in Mux\'s SDKs). Written as the claim kid.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l playback-id -d 'The signed playback ID the token opens (sub).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l type -d 'What the token opens (aud): video (v), thumbnail (t), gif (g), storyboard (s) or drm_license (d).' -r -f -a "video\t''
thumbnail\t''
gif\t''
storyboard\t''
drm_license\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l param -d 'A playback or image modifier carried in the token, as a string (time=10, width=640, max_resolution=720p…). Repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
url\t'The URL that carries the token, for services that log in through a link'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand mux" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l sdk -d 'Which SDK the signature is for: `meeting` (Meeting SDK) or `video` (Video SDK). Their credentials and tokens are not interchangeable.' -r -f -a "meeting\t''
video\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l sdk-key -d 'The app\'s Client ID ("SDK key" on older apps); the secret is the Client Secret (--secret-file).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l session -d 'Video SDK: the session topic (tpc), at most 200 characters, exactly as passed to client.join(topic, …).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l meeting-number -d 'Meeting SDK: the meeting or webinar number (mn); spaces are dropped, so `812 3456 7890` works. Without it the token carries no meeting and no role (a native SDK\'s init token).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l user-identity -d 'Video SDK: your own id for the user (user_identity), under 35 characters.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l session-key -d 'Video SDK: your own id for the session (session_key), under 36 characters.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l host -d 'Join as host: role 1 (Meeting SDK; starting a meeting also needs the host\'s ZAK) or role_type 1 (Video SDK). Without it: attendee / participant (0).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l no-host -d 'Turn off --host (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand zoom" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l account-sid -d 'The Account SID (sub): AC followed by 32 hex digits.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l api-key -d 'The API Key SID (iss): SK followed by 32 hex digits. The secret is that API Key\'s secret (--secret-file), not the account\'s Auth Token.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l identity -d 'The user the token acts for (grants.identity); required with every grant but TaskRouter\'s.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l video-room -d 'Video grant: join this room (video.room); without a value, any room.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l voice-app -d 'Voice grant: outgoing calls through this TwiML App (voice.outgoing.application_sid).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l voice-param -d 'Voice grant: a parameter passed to the TwiML App\'s voice URL (voice.outgoing.params); repeatable, needs --voice-app.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l voice-push-credential -d 'Voice grant: the push credential for incoming-call notifications (voice.push_credential_sid).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l chat-service -d 'Chat grant, also for Conversations: the service (chat.service_sid).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l chat-push-credential -d 'Chat grant: the push credential for notifications (chat.push_credential_sid); needs --chat-service.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l sync-service -d 'Sync grant: the Sync service (data_sync.service_sid; Twilio names the grant data_sync).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l task-router-workspace -d 'TaskRouter grant: the workspace (task_router.workspace_sid); needs --task-router-worker.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l task-router-worker -d 'TaskRouter grant: the worker (task_router.worker_sid).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l task-router-role -d 'TaskRouter grant: the worker\'s role (task_router.role), as Flex names it.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l region -d 'The Twilio region the token is for (header twr), like ie1 or au1; none: the default (us1).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''
HS384\t''
HS512\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l voice-incoming -d 'Voice grant: receive incoming calls to the identity (voice.incoming.allow).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l no-voice-incoming -d 'Turn off --voice-incoming (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand twilio" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l user-id -d 'A user token for this user (user_id), for a client SDK; with --feeds-scope, the user the scope token is for.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l feeds-scope -d 'A Feeds scope token: resource and action, each a name or `*` (`feed:read`, `activities:*`, `*:*`). Actions: read, write, delete, *.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l feed-id -d 'With --feeds-scope: the feed the token is for (feed_id), slug and user id run together as Stream writes it (`user1` for user:1), or `*`; repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l call-cid -d 'With --user-id, a Video call token: a call the user may join (call_cids), TYPE:ID like default:standup; repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l role -d 'With --call-cid: the user\'s role in those calls (role), like admin or host.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l server -d 'A Chat server token (server: true): full backend rights over the app. Keep it on servers.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l no-server -d 'Turn off --server (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand stream" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l application-id -d 'The Vonage application\'s id (application_id), a UUID; the key is that application\'s private.key (--key).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l acl -d 'An API path the Client SDK user may use (acl.paths), like `/*/users/**` or `/*/conversations/**`; repeatable.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l sub -d 'The Client SDK user the token acts as (sub): the user\'s name in the application.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand vonage" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l key-name -d 'The API key id: a UUID (Ed25519 keys) or organizations/ORG/apiKeys/ID (ECDSA keys). It is `kid` and `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l uri -d 'The request the token is for, as \'GET api.cdp.coinbase.com/platform/v1/wallets\': method, a space, host and path, without scheme or query (repeatable; the SDK writes one per token). `uris`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l audience -d 'Add this to `aud` (repeatable; the SDK\'s optional `audience`). CDP\'s REST calls need none.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "ES256\t''
EdDSA\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
header\t'The HTTP header the service reads the token from'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l websocket -d 'A websocket token: no `uris` (instead of --uri).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l no-websocket -d 'Turn off --websocket (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand coinbase-cdp" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l integration-key -d 'The integration key (the app\'s client id, a GUID from Apps and Keys): `iss`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l user -d 'The API user id (a GUID, shown as "User ID" on the user\'s page; not the email) to act for: `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l scope -d 'A scope to ask for (repeatable, or several separated by spaces); default "signature impersonation". `impersonation` is needed to act for a user.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l demo -d 'The developer (demo) environment: `aud` = account-d.docusign.com instead of account.docusign.com.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l no-demo -d 'Turn off --demo (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand docusign" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l consumer-key -d 'The connected app\'s consumer key (client id): `iss`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l username -d 'The Salesforce username to log in as (user@example.com; for an Experience Cloud site, the site user\'s): `sub`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l audience -d '`aud`: login (https://login.salesforce.com, production), test (https://test.salesforce.com, sandboxes) or an Experience Cloud site\'s https URL (https://SITE.my.site.com/customers).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l x5c-cert -d 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l x5t-cert -d 'Put this certificate\'s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "RS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l key -d 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l kid-thumbprint -d 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key\'s public key'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand salesforce" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l issuer -d '`iss`: the app\'s `key` (atlassian-connect.json) when the app calls the product; the tenant\'s `clientKey` when the token stands for the product calling the app.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l method -d 'The HTTP method of the request the token is for (any case; hashed upper-case).' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l url -d 'The request the token is for: a full URL under --base-url, or a path relative to it (/rest/api/3/issue/KEY-1?expand=names). Its path and query make `qsh`.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l base-url -d 'The product\'s base URL from the `installed` callback (https://SITE.atlassian.net, or https://SITE.atlassian.net/wiki for Confluence): `qsh` hashes the path below it. Default: the origin of an absolute --url.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l sub -d '`sub`: the user\'s Atlassian accountId, as the product sets it when it calls the app. Never taken from the environment or a profile.' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l secret-env -d 'Read the HMAC secret from this environment variable (give its name)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l secret-encoding -d 'How the secret\'s text is read: utf8 (the text\'s bytes), hex, base64 or base64url' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l claims-file -d 'Take claims from a JSON object in this file (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l claim -d 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l iat -d 'Set `iat` (default: now). Relative times count from it' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l expires-in -d 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l exp -d 'Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l nbf -d 'Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l kid -d 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l header -d 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l typ -d 'Set the `typ` header' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l batch -d 'Mint one token per line of this file (`-` = standard input): JSON objects of options' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l jobs -d 'With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l alg -d 'Signing algorithm; the subcommand\'s help lists which it accepts' -r -f -a "HS256\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l format -d 'What to print: one of the subcommand\'s formats, the first listed is the default' -r -f -a "token\t'The compact token'
header\t'The HTTP header the service reads the token from'
url\t'The URL that carries the token, for services that log in through a link'
json\t'`{"token":"…"}`, the body token-provider endpoints return'
claims\t'The payload that would be signed, as JSON; needs no key'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l secret-file -d 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l secret-command -d 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l context-qsh -d '`qsh` = "context-qsh": a context token (the product calling the app\'s page or a `context` JWT), bound to no request. Not with --url or --method.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l no-context-qsh -d 'Turn off --context-qsh (as set by a profile)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l no-iat -d 'Do not add `iat`'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l no-exp -d 'Do not add `exp`, where the service accepts tokens without one'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l allow-expired -d 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -l keep-going -d 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand atlassian-connect" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -l key -d 'The private key (`-` = standard input)' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -l pkcs11-module -d 'The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -l format -d 'What to print: pem, jwk or jwks [default: pem]' -r -f -a "pem\t'SubjectPublicKeyInfo PEM (`BEGIN PUBLIC KEY`)'
jwk\t'A public JWK'
jwks\t'A JWKS {"keys":[…]} with kid = thumbprint, use "sig" and alg'"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -l for -d 'Print the public key in the form this service asks for (`--NAME` is the same)' -r -f -a "snowflake\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -l kid -d 'Pick the private key with this `kid` from a JWKS' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -l alg -d 'The `alg` of the JWK or JWKS entry (default: the key\'s natural algorithm, e.g. RS256)' -r -f -a "RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''
ES256\t''
ES384\t''
ES512\t''
ES256K\t''
EdDSA\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -l passphrase-file -d 'Read the key\'s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]' -r -F
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -l passphrase-command -d 'Run this command for the key\'s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]' -r
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -l thumbprint -d 'Print only the RFC 7638 SHA-256 thumbprint (base64url), the JWKS\'s kid'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand public-key" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -f -a "path" -d 'Print the config file\'s path.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -f -a "profiles" -d 'List the config file\'s profiles, one a line.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -f -a "show" -d 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and not __fish_seen_subcommand_from path profiles show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from profiles" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from profiles" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Take settings from this profile of the config file (see `jwtmint config`)' -r -f -a "(jwtmint config profiles 2>/dev/null)"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'text, or one JSON document: each setting with its value (a secret\'s source, never its value) and its origin. Give it before SUBCOMMAND: after it, --format is that subcommand\'s own' -r -f -a "text\t''
json\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'Colour errors, warnings and inspect\'s verdict on stderr' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set or TERM is `dumb`'
always\t''
never\t''"
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'List the config file\'s profiles, one a line.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "sign" -d 'Mint a token with any claims and any algorithm.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "jitsi" -d 'Jitsi Meet token authentication (prosody\'s token plugin): a token to enter a room.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "supabase" -d 'Supabase Auth and API tokens: a user\'s access token, or the anon / service_role key form.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "hasura" -d 'Hasura GraphQL Engine: a token carrying Hasura\'s session variables.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "client-assertion" -d 'RFC 7523 client assertion (private_key_jwt, or client_secret_jwt with a secret) for any OAuth 2.0 server.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "postgrest" -d 'PostgREST: a token that runs requests as a database role.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "serve" -d 'Serve tokens over HTTP: a token provider, a login URL, a JWKS and an OpenID discovery document.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "inspect" -d 'Show what is inside a token, check its signature and a service\'s rules.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "keygen" -d 'Make a key pair (or a secret) for a service.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "completions" -d 'Print a shell completion script.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "formio" -d 'Form.io on-premise SSO: a token the server accepts as an external user.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "realm" -d 'Realm Object Server\'s JWT provider: an RS256 token with a string userId.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "developerhub" -d 'DeveloperHub docs reader login: prints the signed docs URL.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "tinymce" -d 'Tiny Cloud (TinyMCE premium services): Tiny Drive, TinyMCE AI and export/import.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "tiledesk" -d 'Tiledesk custom authentication: a token for signInWithCustomToken.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "firebase" -d 'Firebase custom token: sign an app user in with signInWithCustomToken.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "google" -d 'Google service-account JWT: a self-signed access token or the OAuth assertion.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "snowflake" -d 'Snowflake key-pair JWT for the SQL API and drivers.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "entra" -d 'Microsoft Entra ID client assertion: a certificate credential instead of a secret.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "github-app" -d 'GitHub App JWT: authenticates as the app, to get installation tokens.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "app-store-connect" -d 'App Store Connect API token (and, with --bundle-id, an App Store Server API token).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "apns" -d 'Apple Push Notification service provider token (token-based APNs authentication).'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "apple-client-secret" -d 'Sign in with Apple client secret: the JWT sent as client_secret to Apple\'s token endpoint.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "ghost" -d 'Ghost Admin API token, for publishing scripts and integrations.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "livekit" -d 'LiveKit access token: join a room as a participant, or call the server APIs.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "metabase" -d 'Metabase static embedding: prints the signed embed URL of a dashboard or question.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "zendesk" -d 'Zendesk JWT single sign-on: prints the login link.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "gitbook" -d 'GitBook visitor authentication: prints the signed link to a docs site.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "meilisearch" -d 'Meilisearch tenant token: a search-only token limited to some indexes and filters.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "musickit" -d 'Apple MusicKit developer token, for the Apple Music API and MusicKit on the web.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "weatherkit" -d 'Apple WeatherKit REST API token.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "mapkit" -d 'Apple MapKit JS and Maps Server API token.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "mux" -d 'Mux signed playback, thumbnail, gif, storyboard and DRM license token.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "zoom" -d 'Zoom Meeting SDK or Video SDK signature, the JWT a Zoom SDK joins with.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "twilio" -d 'Twilio Access Token, for the Video, Voice, Conversations/Chat, Sync and TaskRouter client SDKs.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "stream" -d 'Stream (getstream.io) Chat or Feeds token: a user token, a Chat server token or a Feeds scope token.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "vonage" -d 'Vonage application JWT, for the Vonage APIs and the Client SDK.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "coinbase-cdp" -d 'Coinbase Developer Platform API key JWT: a 2-minute token for one request.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "docusign" -d 'DocuSign JWT Grant assertion: an integration acts for a user.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "salesforce" -d 'Salesforce OAuth 2.0 JWT bearer assertion: a connected app logs in as a user.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "atlassian-connect" -d 'Atlassian Connect JWT: an app calls Jira or Confluence with the tenant\'s shared secret.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "public-key" -d 'Print the public key of a private key, as PEM, JWK or JWKS, or its thumbprint.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "config" -d 'Show the config file, its profiles, and the settings in force.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and not __fish_seen_subcommand_from sign jitsi supabase hasura client-assertion postgrest serve inspect keygen completions formio realm developerhub tinymce tiledesk firebase google snowflake entra github-app app-store-connect apns apple-client-secret ghost livekit metabase zendesk gitbook meilisearch musickit weatherkit mapkit mux zoom twilio stream vonage coinbase-cdp docusign salesforce atlassian-connect public-key config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "sign" -d 'Serve sign tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "formio" -d 'Serve Form.io tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "realm" -d 'Serve Realm tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "developerhub" -d 'Serve DeveloperHub tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "tinymce" -d 'Serve Tiny Cloud tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "tiledesk" -d 'Serve Tiledesk tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "firebase" -d 'Serve Firebase tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "google" -d 'Serve Google tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "snowflake" -d 'Serve Snowflake tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "entra" -d 'Serve Microsoft Entra ID tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "github-app" -d 'Serve GitHub tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "app-store-connect" -d 'Serve App Store Connect tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "apns" -d 'Serve APNs tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "apple-client-secret" -d 'Serve Sign in with Apple tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "ghost" -d 'Serve Ghost tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "livekit" -d 'Serve LiveKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "jitsi" -d 'Serve Jitsi tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "supabase" -d 'Serve Supabase tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "hasura" -d 'Serve Hasura tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "metabase" -d 'Serve Metabase tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "zendesk" -d 'Serve Zendesk tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "gitbook" -d 'Serve GitBook tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "meilisearch" -d 'Serve Meilisearch tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "musickit" -d 'Serve MusicKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "weatherkit" -d 'Serve WeatherKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "mapkit" -d 'Serve MapKit tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "mux" -d 'Serve Mux tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "zoom" -d 'Serve Zoom tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "twilio" -d 'Serve Twilio tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "stream" -d 'Serve Stream tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "vonage" -d 'Serve Vonage tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "coinbase-cdp" -d 'Serve Coinbase Developer Platform tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "docusign" -d 'Serve DocuSign tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "salesforce" -d 'Serve Salesforce tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "atlassian-connect" -d 'Serve Atlassian Connect tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "client-assertion" -d 'Serve OAuth 2.0 client authentication tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "postgrest" -d 'Serve PostgREST tokens over HTTP.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "profiles" -d 'List the config file\'s profiles, one a line.'
complete -c jwtmint -n "__fish_jwtmint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).'
