
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'jwtmint' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'jwtmint'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'jwtmint' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Mint a token with any claims and any algorithm.')
            [CompletionResult]::new('jitsi', 'jitsi', [CompletionResultType]::ParameterValue, 'Jitsi Meet token authentication (prosody''s token plugin): a token to enter a room.')
            [CompletionResult]::new('supabase', 'supabase', [CompletionResultType]::ParameterValue, 'Supabase Auth and API tokens: a user''s access token, or the anon / service_role key form.')
            [CompletionResult]::new('hasura', 'hasura', [CompletionResultType]::ParameterValue, 'Hasura GraphQL Engine: a token carrying Hasura''s session variables.')
            [CompletionResult]::new('client-assertion', 'client-assertion', [CompletionResultType]::ParameterValue, 'RFC 7523 client assertion (private_key_jwt, or client_secret_jwt with a secret) for any OAuth 2.0 server.')
            [CompletionResult]::new('postgrest', 'postgrest', [CompletionResultType]::ParameterValue, 'PostgREST: a token that runs requests as a database role.')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show what is inside a token, check its signature and a service''s rules.')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make a key pair (or a secret) for a service.')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the config file, its profiles, and the settings in force.')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script.')
            [CompletionResult]::new('formio', 'formio', [CompletionResultType]::ParameterValue, 'Form.io on-premise SSO: a token the server accepts as an external user.')
            [CompletionResult]::new('realm', 'realm', [CompletionResultType]::ParameterValue, 'Realm Object Server''s JWT provider: an RS256 token with a string userId.')
            [CompletionResult]::new('developerhub', 'developerhub', [CompletionResultType]::ParameterValue, 'DeveloperHub docs reader login: prints the signed docs URL.')
            [CompletionResult]::new('tinymce', 'tinymce', [CompletionResultType]::ParameterValue, 'Tiny Cloud (TinyMCE premium services): Tiny Drive, TinyMCE AI and export/import.')
            [CompletionResult]::new('tiledesk', 'tiledesk', [CompletionResultType]::ParameterValue, 'Tiledesk custom authentication: a token for signInWithCustomToken.')
            [CompletionResult]::new('firebase', 'firebase', [CompletionResultType]::ParameterValue, 'Firebase custom token: sign an app user in with signInWithCustomToken.')
            [CompletionResult]::new('google', 'google', [CompletionResultType]::ParameterValue, 'Google service-account JWT: a self-signed access token or the OAuth assertion.')
            [CompletionResult]::new('snowflake', 'snowflake', [CompletionResultType]::ParameterValue, 'Snowflake key-pair JWT for the SQL API and drivers.')
            [CompletionResult]::new('entra', 'entra', [CompletionResultType]::ParameterValue, 'Microsoft Entra ID client assertion: a certificate credential instead of a secret.')
            [CompletionResult]::new('github-app', 'github-app', [CompletionResultType]::ParameterValue, 'GitHub App JWT: authenticates as the app, to get installation tokens.')
            [CompletionResult]::new('app-store-connect', 'app-store-connect', [CompletionResultType]::ParameterValue, 'App Store Connect API token (and, with --bundle-id, an App Store Server API token).')
            [CompletionResult]::new('apns', 'apns', [CompletionResultType]::ParameterValue, 'Apple Push Notification service provider token (token-based APNs authentication).')
            [CompletionResult]::new('apple-client-secret', 'apple-client-secret', [CompletionResultType]::ParameterValue, 'Sign in with Apple client secret: the JWT sent as client_secret to Apple''s token endpoint.')
            [CompletionResult]::new('ghost', 'ghost', [CompletionResultType]::ParameterValue, 'Ghost Admin API token, for publishing scripts and integrations.')
            [CompletionResult]::new('livekit', 'livekit', [CompletionResultType]::ParameterValue, 'LiveKit access token: join a room as a participant, or call the server APIs.')
            [CompletionResult]::new('metabase', 'metabase', [CompletionResultType]::ParameterValue, 'Metabase static embedding: prints the signed embed URL of a dashboard or question.')
            [CompletionResult]::new('zendesk', 'zendesk', [CompletionResultType]::ParameterValue, 'Zendesk JWT single sign-on: prints the login link.')
            [CompletionResult]::new('gitbook', 'gitbook', [CompletionResultType]::ParameterValue, 'GitBook visitor authentication: prints the signed link to a docs site.')
            [CompletionResult]::new('coinbase-cdp', 'coinbase-cdp', [CompletionResultType]::ParameterValue, 'Coinbase Developer Platform API key JWT: a 2-minute token for one request.')
            [CompletionResult]::new('docusign', 'docusign', [CompletionResultType]::ParameterValue, 'DocuSign JWT Grant assertion: an integration acts for a user.')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Salesforce OAuth 2.0 JWT bearer assertion: a connected app logs in as a user.')
            [CompletionResult]::new('public-key', 'public-key', [CompletionResultType]::ParameterValue, 'Print the public key of a private key, as PEM, JWK or JWKS, or its thumbprint.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jwtmint;sign' {
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'The `sub` (subject) claim.')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'The `iss` (issuer) claim.')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'The `aud` (audience) claim; repeat it for an array.')
            [CompletionResult]::new('--jti', '--jti', [CompletionResultType]::ParameterName, 'The `jti` (token id) claim; without a value, a random UUID v4.')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;jitsi' {
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The app id of prosody''s config (app_id), signed as iss.')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room the token opens (`*` for every room); Jitsi compares it in lower case.')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'The tenant or domain (checked only with domain verification).')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'The audience.')
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'context.user.id.')
            [CompletionResult]::new('--user-name', '--user-name', [CompletionResultType]::ParameterName, 'context.user.name (the display name).')
            [CompletionResult]::new('--user-email', '--user-email', [CompletionResultType]::ParameterName, 'context.user.email.')
            [CompletionResult]::new('--avatar', '--avatar', [CompletionResultType]::ParameterName, 'context.user.avatar (an image URL).')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'Turn on a feature in context.features: livestreaming, recording, transcription, outbound-call. Repeatable.')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The Jitsi server (https://meet.example.com): prints URL/ROOM?jwt=TOKEN.')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Make the user a moderator (context.user.moderator: true). Never the default.')
            [CompletionResult]::new('--jaas', '--jaas', [CompletionResultType]::ParameterName, '8x8 JaaS (8x8.vc): iss "chat", sub = --app-id (vpaas-magic-cookie-…), RS256 with --kid APP/KEYID, booleans in context as "true"/"false"; --format url without --url opens https://8x8.vc/APP/ROOM.')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;supabase' {
            [CompletionResult]::new('--project-ref', '--project-ref', [CompletionResultType]::ParameterName, 'The project ref (the REF of https://REF.supabase.co).')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Mint a user''s access token for this user id (a UUID).')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The user''s email (with --sub).')
            [CompletionResult]::new('--app-metadata', '--app-metadata', [CompletionResultType]::ParameterName, 'app_metadata, a JSON object (with --sub).')
            [CompletionResult]::new('--user-metadata', '--user-metadata', [CompletionResultType]::ParameterName, 'user_metadata, a JSON object (with --sub).')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--anon', '--anon', [CompletionResultType]::ParameterName, 'Mint the anon API-key form (role: anon).')
            [CompletionResult]::new('--service-role', '--service-role', [CompletionResultType]::ParameterName, 'Mint the service_role API-key form, which bypasses row-level security. Never the default.')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;hasura' {
            [CompletionResult]::new('--default-role', '--default-role', [CompletionResultType]::ParameterName, 'x-hasura-default-role: the role of requests without an x-hasura-role header.')
            [CompletionResult]::new('--allowed-role', '--allowed-role', [CompletionResultType]::ParameterName, 'A role of x-hasura-allowed-roles (must include the default role). Repeatable.')
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'x-hasura-user-id (a string).')
            [CompletionResult]::new('--session-var', '--session-var', [CompletionResultType]::ParameterName, 'Another session variable, x-hasura-NAME=VALUE (always a string). Repeatable.')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The claims namespace (the server''s claims_namespace; default https://hasura.io/jwt/claims).')
            [CompletionResult]::new('--namespace-path', '--namespace-path', [CompletionResultType]::ParameterName, 'Put the claims at this JSON path instead ($.hasura.claims; the server''s claims_namespace_path).')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--stringified', '--stringified', [CompletionResultType]::ParameterName, 'Write the namespace value as a JSON string (claims_format: stringified_json).')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;client-assertion' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The client id the server registered: `iss` and `sub`.')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'The token endpoint the assertion is posted to: `aud`, unless --audience says otherwise.')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, '`aud` when the server wants another value than the token endpoint: the issuer (Keycloak, FAPI 2.0 servers) or https://TENANT.auth0.com/ (Auth0, with its trailing slash).')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;postgrest' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The database role the request runs as. Required: PostgREST serves a token without one as the anonymous role.')
            [CompletionResult]::new('--role-claim-key', '--role-claim-key', [CompletionResultType]::ParameterName, 'Where the role goes: the server''s jwt-role-claim-key JSPath (.role, .realm_access.roles[0], ."https://example.com/claims".role).')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'The audience, when the server sets jwt-aud.')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;inspect' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Check the token against this service''s rules')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Verify an HS* signature with the secret in this environment variable (its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (its bytes), hex, base64 or base64url')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'Expect this `iss`: any other, or none, is a problem')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Expect this audience: `aud` is it, or an array that holds it')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Expect this `sub`: any other, or none, is a problem')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Allow only this `alg` (as the header names it: RS256, ES256…); repeatable')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Allow this much clock difference in the `exp`, `nbf` and `iat` checks (`iat` may be 1m ahead in any case)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Verify with this key: a public key, a certificate, a private key (PEM or DER, any form --key of `sign` takes), a JWK or a JWKS (the key is picked by the token''s `kid`) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Verify an HS* signature with the secret in this file (or JWTMINT_SECRET) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Verify an HS* signature with the secret this command prints (split like a shell would, run without one) [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'The passphrase of an encrypted private key given to --key [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'The passphrase of an encrypted private key: what this command prints [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--require-valid', '--require-valid', [CompletionResultType]::ParameterName, 'Count a signature that was not checked (no key) as a failed check')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;keygen' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What to make')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'RSA modulus size [default: 2048]')
            [CompletionResult]::new('--curve', '--curve', [CompletionResultType]::ParameterName, 'EC curve [default: P-256]: P-256 (ES256), P-384 (ES384), P-521 (ES512), secp256k1 (ES256K)')
            [CompletionResult]::new('--bytes', '--bytes', [CompletionResultType]::ParameterName, 'Length of a `--type secret` in random bytes, printed as twice as many hex digits [default: 32]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the private key (or the secret) here, mode 0600. Required for rsa, ec, ed25519')
            [CompletionResult]::new('--public-out', '--public-out', [CompletionResultType]::ParameterName, 'Write the public key here instead of printing it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to write the private key: pem (PKCS#8) or jwk [default: pem]')
            [CompletionResult]::new('--jwks-out', '--jwks-out', [CompletionResultType]::ParameterName, 'Also write the public key as a JWKS here ({"keys":[…]}, kid = thumbprint, use "sig", alg)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the new key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the new key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing files')
            [CompletionResult]::new('--no-encrypt', '--no-encrypt', [CompletionResultType]::ParameterName, 'Write the private key unencrypted (plain PKCS#8)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;config' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path.')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the config file''s profiles, one a line.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jwtmint;config;path' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;config;profiles' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;config;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path.')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the config file''s profiles, one a line.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jwtmint;config;help;path' {
            break
        }
        'jwtmint;config;help;profiles' {
            break
        }
        'jwtmint;config;help;show' {
            break
        }
        'jwtmint;config;help;help' {
            break
        }
        'jwtmint;completions' {
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Write the script where the shell looks for it, and say where on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;formio' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project''s id (24 hex digits).')
            [CompletionResult]::new('--form', '--form', [CompletionResultType]::ParameterName, 'The user resource form''s id (24 hex digits).')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role id (24 hex digits); repeatable, at least one.')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A field of user.data: KEY=VALUE or KEY:=JSON; dotted keys nest. Repeatable.')
            [CompletionResult]::new('--data-file', '--data-file', [CompletionResultType]::ParameterName, 'Take user.data from a JSON object in this file (`-` = standard input); --data adds to it.')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Make the user an administrator (isAdmin: true).')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;realm' {
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'The user''s id; always signed as a JSON string.')
            [CompletionResult]::new('--user-id-claim', '--user-id-claim', [CompletionResultType]::ParameterName, 'The claim that carries the user id: the server''s userIdFieldName.')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Make the user a Realm administrator (isAdmin: true).')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;developerhub' {
            [CompletionResult]::new('--docs-url', '--docs-url', [CompletionResultType]::ParameterName, 'The docs site''s URL (absolute http/https); the token is appended as jwt=TOKEN.')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'A field of vars: KEY=VALUE or KEY:=JSON; dotted keys nest (user.name=Joe). Repeatable.')
            [CompletionResult]::new('--vars-file', '--vars-file', [CompletionResultType]::ParameterName, 'Take vars from a JSON object in this file (`-` = standard input); --var adds to it.')
            [CompletionResult]::new('--error-redirect-url', '--error-redirect-url', [CompletionResultType]::ParameterName, 'Where DeveloperHub sends the reader when the token is refused.')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--single-use', '--single-use', [CompletionResultType]::ParameterName, 'Make the link single-use (adds a random jti; a second visit is refused).')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;tinymce' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which Tiny Cloud service the token is for: drive (Tiny Drive: sub, name and an optional drive root), ai (TinyMCE AI: aud (API key), sub and permissions) or export (Export to PDF/Word and Import from Word: aud (API key)).')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'The user''s id (drive, ai); may contain `:` only as a valid URI.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The user''s full name (drive).')
            [CompletionResult]::new('--drive-root', '--drive-root', [CompletionResultType]::ParameterName, 'The user''s root folder in Tiny Drive, e.g. /johndoe (drive).')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Your Tiny Cloud API key, signed as aud (ai, export).')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'An AI permission for auth.ai.permissions (ai); repeatable.')
            [CompletionResult]::new('--user-name', '--user-name', [CompletionResultType]::ParameterName, 'user.name (ai).')
            [CompletionResult]::new('--user-email', '--user-email', [CompletionResultType]::ParameterName, 'user.email (ai).')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;tiledesk' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The Tiledesk project id.')
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'The user''s id, signed as _id (only letters, digits, `_` and `-`).')
            [CompletionResult]::new('--firstname', '--firstname', [CompletionResultType]::ParameterName, 'The user''s first name.')
            [CompletionResult]::new('--lastname', '--lastname', [CompletionResultType]::ParameterName, 'The user''s last name.')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The user''s email.')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'A custom attribute: KEY=VALUE or KEY:=JSON. Repeatable.')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Make sign-in create a real agent account with this role (needs --email).')
            [CompletionResult]::new('--audience-base', '--audience-base', [CompletionResultType]::ParameterName, 'The base of aud; the server reads the project id from its path.')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The page that embeds the widget: prints PAGE?tiledesk_jwt=JWT%20TOKEN.')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;firebase' {
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'The user''s uid (1 to 128 characters): the account the app signs in as.')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Sign in to this Identity Platform tenant (`tenant_id`).')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;google' {
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Self-signed JWT for one API: `aud` = https://SERVICE.googleapis.com/ (with the slash).')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'An OAuth scope (repeatable): https://www.googleapis.com/auth/cloud-platform.')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'With --oauth --scope: the Workspace user to act as (domain-wide delegation), as `sub`.')
            [CompletionResult]::new('--target-audience', '--target-audience', [CompletionResultType]::ParameterName, 'With --oauth: ask for an ID token for this audience (a Cloud Run URL or an IAP client id).')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--oauth', '--oauth', [CompletionResultType]::ParameterName, 'Mint the OAuth JWT-bearer assertion (`aud` = token_uri) instead of a self-signed JWT.')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;snowflake' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account identifier: myorg-myaccount, or a locator such as xy12345.us-east-2.aws.')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The Snowflake user whose RSA_PUBLIC_KEY matches --key (signed in upper case).')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;entra' {
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'The certificate uploaded to the app registration (PEM or DER), for --key''s key.')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The directory (tenant) id, or a verified domain such as contoso.onmicrosoft.com.')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The application (client) id: `iss` and `sub`.')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'The authority host, for national clouds: https://login.microsoftonline.us, https://login.partner.microsoftonline.cn.')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;github-app' {
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The App ID (a number; iss is a JSON number). Give this or --client-id.')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app''s Client ID (Iv1.… or Iv23…; iss is a string), which GitHub now recommends. Give this or --app-id.')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;app-store-connect' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key''s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.')
            [CompletionResult]::new('--issuer-id', '--issuer-id', [CompletionResultType]::ParameterName, 'Your issuer id (iss), from the Keys page of App Store Connect, for a team key. Give this or --individual.')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Limit the token to one request, like ''GET /v1/apps?filter[platform]=IOS'' (scope is always an array). Repeatable.')
            [CompletionResult]::new('--bundle-id', '--bundle-id', [CompletionResultType]::ParameterName, 'Mint the App Store Server API variant for this app (bid claim; at most 60m; needs --issuer-id).')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--individual', '--individual', [CompletionResultType]::ParameterName, 'The key is an individual key: sub: "user" and no iss. Give this or --issuer-id.')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;apns' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key''s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.')
            [CompletionResult]::new('--team-id', '--team-id', [CompletionResultType]::ParameterName, 'Your 10-character Apple Developer Team ID (iss).')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;apple-client-secret' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key''s 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.')
            [CompletionResult]::new('--team-id', '--team-id', [CompletionResultType]::ParameterName, 'Your 10-character Apple Developer Team ID (iss).')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The client id (sub): the Services ID for web sign-in, the bundle id for native apps. Case-sensitive.')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;ghost' {
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;livekit' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The LiveKit API key (APIxxxxxxxx), signed as iss; its secret goes in --secret-file.')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The participant''s identity, signed as sub.')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room to join: grants roomJoin, room, canPublish, canSubscribe and canPublishData.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The participant''s display name.')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'The participant''s metadata (a string; JSON text stays a string).')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'A participant attribute (string to string). Repeatable.')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'A video grant by LiveKit''s camelCase name: NAME (true), NAME=false, canPublishSources=camera,microphone, destinationRoom=ROOM. Repeatable.')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The LiveKit server (wss://HOST): prints wss://HOST?access_token=TOKEN.')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;metabase' {
            [CompletionResult]::new('--site-url', '--site-url', [CompletionResultType]::ParameterName, 'The Metabase site''s URL.')
            [CompletionResult]::new('--dashboard', '--dashboard', [CompletionResultType]::ParameterName, 'Embed this dashboard (a positive integer).')
            [CompletionResult]::new('--question', '--question', [CompletionResultType]::ParameterName, 'Embed this question (a positive integer).')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'A locked parameter''s value: SLUG=VALUE or SLUG:=JSON (an array for several). Repeatable.')
            [CompletionResult]::new('--bordered', '--bordered', [CompletionResultType]::ParameterName, 'The #bordered= display option.')
            [CompletionResult]::new('--titled', '--titled', [CompletionResultType]::ParameterName, 'The #titled= display option.')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'The #theme= display option.')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;zendesk' {
            [CompletionResult]::new('--subdomain', '--subdomain', [CompletionResultType]::ParameterName, 'The Zendesk subdomain (SUB.zendesk.com).')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The user''s email.')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The user''s name.')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The user''s id in your system (external_id).')
            [CompletionResult]::new('--organization', '--organization', [CompletionResultType]::ParameterName, 'The user''s organization.')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A user tag. Repeatable.')
            [CompletionResult]::new('--user-field', '--user-field', [CompletionResultType]::ParameterName, 'A custom user field: KEY=VALUE or KEY:=JSON. Repeatable.')
            [CompletionResult]::new('--return-to', '--return-to', [CompletionResultType]::ParameterName, 'Where Zendesk sends the user after sign-in.')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The user''s role: end-user, or agent/admin (staff rights). Never the default.')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;gitbook' {
            [CompletionResult]::new('--site-url', '--site-url', [CompletionResultType]::ParameterName, 'The docs site''s URL.')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'The page to open on the site.')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-encoding', '--secret-encoding', [CompletionResultType]::ParameterName, 'How the secret''s text is read: utf8 (the text''s bytes), hex, base64 or base64url')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;coinbase-cdp' {
            [CompletionResult]::new('--key-name', '--key-name', [CompletionResultType]::ParameterName, 'The API key id: a UUID (Ed25519 keys) or organizations/ORG/apiKeys/ID (ECDSA keys). It is `kid` and `sub`.')
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'The request the token is for, as ''GET api.cdp.coinbase.com/platform/v1/wallets'': method, a space, host and path, without scheme or query (repeatable; the SDK writes one per token). `uris`.')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Add this to `aud` (repeatable; the SDK''s optional `audience`). CDP''s REST calls need none.')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--websocket', '--websocket', [CompletionResultType]::ParameterName, 'A websocket token: no `uris` (instead of --uri).')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;docusign' {
            [CompletionResult]::new('--integration-key', '--integration-key', [CompletionResultType]::ParameterName, 'The integration key (the app''s client id, a GUID from Apps and Keys): `iss`.')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The API user id (a GUID, shown as "User ID" on the user''s page; not the email) to act for: `sub`.')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A scope to ask for (repeatable, or several separated by spaces); default "signature impersonation". `impersonation` is needed to act for a user.')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'The developer (demo) environment: `aud` = account-d.docusign.com instead of account.docusign.com.')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;salesforce' {
            [CompletionResult]::new('--consumer-key', '--consumer-key', [CompletionResultType]::ParameterName, 'The connected app''s consumer key (client id): `iss`.')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The Salesforce username to log in as (user@example.com; for an Experience Cloud site, the site user''s): `sub`.')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, '`aud`: login (https://login.salesforce.com, production), test (https://test.salesforce.com, sandboxes) or an Experience Cloud site''s https URL (https://SITE.my.site.com/customers).')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header; with a JWKS as --key, also picks that key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--x5c-cert', '--x5c-cert', [CompletionResultType]::ParameterName, 'Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header')
            [CompletionResult]::new('--x5t-cert', '--x5t-cert', [CompletionResultType]::ParameterName, 'Put this certificate''s SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: one of the subcommand''s formats, the first listed is the default')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Do not add `iat`')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Do not add `exp`, where the service accepts tokens without one')
            [CompletionResult]::new('--allow-expired', '--allow-expired', [CompletionResultType]::ParameterName, 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)')
            [CompletionResult]::new('--kid-thumbprint', '--kid-thumbprint', [CompletionResultType]::ParameterName, 'Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key''s public key')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;public-key' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The private key (`-` = standard input)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: pem, jwk or jwks [default: pem]')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Print the public key in the form this service asks for (`--NAME` is the same)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Pick the private key with this `kid` from a JWKS')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'The `alg` of the JWK or JWKS entry (default: the key''s natural algorithm, e.g. RS256)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--thumbprint', '--thumbprint', [CompletionResultType]::ParameterName, 'Print only the RFC 7638 SHA-256 thumbprint (base64url), the JWKS''s kid')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Mint a token with any claims and any algorithm.')
            [CompletionResult]::new('jitsi', 'jitsi', [CompletionResultType]::ParameterValue, 'Jitsi Meet token authentication (prosody''s token plugin): a token to enter a room.')
            [CompletionResult]::new('supabase', 'supabase', [CompletionResultType]::ParameterValue, 'Supabase Auth and API tokens: a user''s access token, or the anon / service_role key form.')
            [CompletionResult]::new('hasura', 'hasura', [CompletionResultType]::ParameterValue, 'Hasura GraphQL Engine: a token carrying Hasura''s session variables.')
            [CompletionResult]::new('client-assertion', 'client-assertion', [CompletionResultType]::ParameterValue, 'RFC 7523 client assertion (private_key_jwt, or client_secret_jwt with a secret) for any OAuth 2.0 server.')
            [CompletionResult]::new('postgrest', 'postgrest', [CompletionResultType]::ParameterValue, 'PostgREST: a token that runs requests as a database role.')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show what is inside a token, check its signature and a service''s rules.')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make a key pair (or a secret) for a service.')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the config file, its profiles, and the settings in force.')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script.')
            [CompletionResult]::new('formio', 'formio', [CompletionResultType]::ParameterValue, 'Form.io on-premise SSO: a token the server accepts as an external user.')
            [CompletionResult]::new('realm', 'realm', [CompletionResultType]::ParameterValue, 'Realm Object Server''s JWT provider: an RS256 token with a string userId.')
            [CompletionResult]::new('developerhub', 'developerhub', [CompletionResultType]::ParameterValue, 'DeveloperHub docs reader login: prints the signed docs URL.')
            [CompletionResult]::new('tinymce', 'tinymce', [CompletionResultType]::ParameterValue, 'Tiny Cloud (TinyMCE premium services): Tiny Drive, TinyMCE AI and export/import.')
            [CompletionResult]::new('tiledesk', 'tiledesk', [CompletionResultType]::ParameterValue, 'Tiledesk custom authentication: a token for signInWithCustomToken.')
            [CompletionResult]::new('firebase', 'firebase', [CompletionResultType]::ParameterValue, 'Firebase custom token: sign an app user in with signInWithCustomToken.')
            [CompletionResult]::new('google', 'google', [CompletionResultType]::ParameterValue, 'Google service-account JWT: a self-signed access token or the OAuth assertion.')
            [CompletionResult]::new('snowflake', 'snowflake', [CompletionResultType]::ParameterValue, 'Snowflake key-pair JWT for the SQL API and drivers.')
            [CompletionResult]::new('entra', 'entra', [CompletionResultType]::ParameterValue, 'Microsoft Entra ID client assertion: a certificate credential instead of a secret.')
            [CompletionResult]::new('github-app', 'github-app', [CompletionResultType]::ParameterValue, 'GitHub App JWT: authenticates as the app, to get installation tokens.')
            [CompletionResult]::new('app-store-connect', 'app-store-connect', [CompletionResultType]::ParameterValue, 'App Store Connect API token (and, with --bundle-id, an App Store Server API token).')
            [CompletionResult]::new('apns', 'apns', [CompletionResultType]::ParameterValue, 'Apple Push Notification service provider token (token-based APNs authentication).')
            [CompletionResult]::new('apple-client-secret', 'apple-client-secret', [CompletionResultType]::ParameterValue, 'Sign in with Apple client secret: the JWT sent as client_secret to Apple''s token endpoint.')
            [CompletionResult]::new('ghost', 'ghost', [CompletionResultType]::ParameterValue, 'Ghost Admin API token, for publishing scripts and integrations.')
            [CompletionResult]::new('livekit', 'livekit', [CompletionResultType]::ParameterValue, 'LiveKit access token: join a room as a participant, or call the server APIs.')
            [CompletionResult]::new('metabase', 'metabase', [CompletionResultType]::ParameterValue, 'Metabase static embedding: prints the signed embed URL of a dashboard or question.')
            [CompletionResult]::new('zendesk', 'zendesk', [CompletionResultType]::ParameterValue, 'Zendesk JWT single sign-on: prints the login link.')
            [CompletionResult]::new('gitbook', 'gitbook', [CompletionResultType]::ParameterValue, 'GitBook visitor authentication: prints the signed link to a docs site.')
            [CompletionResult]::new('coinbase-cdp', 'coinbase-cdp', [CompletionResultType]::ParameterValue, 'Coinbase Developer Platform API key JWT: a 2-minute token for one request.')
            [CompletionResult]::new('docusign', 'docusign', [CompletionResultType]::ParameterValue, 'DocuSign JWT Grant assertion: an integration acts for a user.')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Salesforce OAuth 2.0 JWT bearer assertion: a connected app logs in as a user.')
            [CompletionResult]::new('public-key', 'public-key', [CompletionResultType]::ParameterValue, 'Print the public key of a private key, as PEM, JWK or JWKS, or its thumbprint.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jwtmint;help;sign' {
            break
        }
        'jwtmint;help;jitsi' {
            break
        }
        'jwtmint;help;supabase' {
            break
        }
        'jwtmint;help;hasura' {
            break
        }
        'jwtmint;help;client-assertion' {
            break
        }
        'jwtmint;help;postgrest' {
            break
        }
        'jwtmint;help;inspect' {
            break
        }
        'jwtmint;help;keygen' {
            break
        }
        'jwtmint;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path.')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the config file''s profiles, one a line.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).')
            break
        }
        'jwtmint;help;config;path' {
            break
        }
        'jwtmint;help;config;profiles' {
            break
        }
        'jwtmint;help;config;show' {
            break
        }
        'jwtmint;help;completions' {
            break
        }
        'jwtmint;help;formio' {
            break
        }
        'jwtmint;help;realm' {
            break
        }
        'jwtmint;help;developerhub' {
            break
        }
        'jwtmint;help;tinymce' {
            break
        }
        'jwtmint;help;tiledesk' {
            break
        }
        'jwtmint;help;firebase' {
            break
        }
        'jwtmint;help;google' {
            break
        }
        'jwtmint;help;snowflake' {
            break
        }
        'jwtmint;help;entra' {
            break
        }
        'jwtmint;help;github-app' {
            break
        }
        'jwtmint;help;app-store-connect' {
            break
        }
        'jwtmint;help;apns' {
            break
        }
        'jwtmint;help;apple-client-secret' {
            break
        }
        'jwtmint;help;ghost' {
            break
        }
        'jwtmint;help;livekit' {
            break
        }
        'jwtmint;help;metabase' {
            break
        }
        'jwtmint;help;zendesk' {
            break
        }
        'jwtmint;help;gitbook' {
            break
        }
        'jwtmint;help;coinbase-cdp' {
            break
        }
        'jwtmint;help;docusign' {
            break
        }
        'jwtmint;help;salesforce' {
            break
        }
        'jwtmint;help;public-key' {
            break
        }
        'jwtmint;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
