
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
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('formio', 'formio', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('realm', 'realm', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('developerhub', 'developerhub', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('tinymce', 'tinymce', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('tiledesk', 'tiledesk', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show what is inside a token, check its signature and a service''s rules.')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make a key pair (or a secret) for a service.')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the config file, its profiles, and the settings in force.')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jwtmint;sign' {
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'The `sub` (subject) claim.')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'The `iss` (issuer) claim.')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'The `aud` (audience) claim; repeat it for an array.')
            [CompletionResult]::new('--jti', '--jti', [CompletionResultType]::ParameterName, 'The `jti` (token id) claim; without a value, a random UUID v4.')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input)')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
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
        'jwtmint;formio' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project''s id (24 hex digits).')
            [CompletionResult]::new('--form', '--form', [CompletionResultType]::ParameterName, 'The user resource form''s id (24 hex digits).')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role id (24 hex digits); repeatable, at least one.')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A field of user.data: KEY=VALUE or KEY:=JSON; dotted keys nest. Repeatable.')
            [CompletionResult]::new('--data-file', '--data-file', [CompletionResultType]::ParameterName, 'Take user.data from a JSON object in this file (`-` = standard input); --data adds to it.')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input)')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
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
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input)')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Make the user a Realm administrator (isAdmin: true).')
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
        'jwtmint;developerhub' {
            [CompletionResult]::new('--docs-url', '--docs-url', [CompletionResultType]::ParameterName, 'The docs site''s URL (absolute http/https); the token is appended as jwt=TOKEN.')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'A field of vars: KEY=VALUE or KEY:=JSON; dotted keys nest (user.name=Joe). Repeatable.')
            [CompletionResult]::new('--vars-file', '--vars-file', [CompletionResultType]::ParameterName, 'Take vars from a JSON object in this file (`-` = standard input); --var adds to it.')
            [CompletionResult]::new('--error-redirect-url', '--error-redirect-url', [CompletionResultType]::ParameterName, 'Where DeveloperHub sends the reader when the token is refused.')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input)')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
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
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input)')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
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
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this file (`-` = standard input)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC secret from this environment variable (give its name)')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file (`-` = standard input)')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]')
            [CompletionResult]::new('--claims-file', '--claims-file', [CompletionResultType]::ParameterName, 'Take claims from a JSON object in this file (`-` = standard input)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable')
            [CompletionResult]::new('--iat', '--iat', [CompletionResultType]::ParameterName, 'Set `iat` (default: now). Relative times count from it')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Set `exp` to this time (Unix seconds or RFC 3339)')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm; the subcommand''s help lists which it accepts')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Set the `kid` (key id) header')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Set the `typ` header')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Mint one token per line of this file (`-` = standard input): JSON objects of options')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
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
        'jwtmint;inspect' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Check the token against this service''s rules')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Verify an HS* signature with the secret in this file (or JWTMINT_SECRET)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Verify an HS* signature with the secret in this environment variable (its name)')
            [CompletionResult]::new('--secret-command', '--secret-command', [CompletionResultType]::ParameterName, 'Verify an HS* signature with the secret this command prints (split like a shell would, run without one)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Verify with this key: a public key, a certificate or a private key (PEM or DER)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'The passphrase of an encrypted private key given to --key')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'The passphrase of an encrypted private key: what this command prints')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take settings from this profile of the config file (see `jwtmint config`)')
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
            [CompletionResult]::new('--curve', '--curve', [CompletionResultType]::ParameterName, 'EC curve [default: P-256]')
            [CompletionResult]::new('--bytes', '--bytes', [CompletionResultType]::ParameterName, 'Length of a `--type secret` in random bytes, printed as twice as many hex digits [default: 32]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the private key (or the secret) here, mode 0600. Required for rsa, ec, ed25519')
            [CompletionResult]::new('--public-out', '--public-out', [CompletionResultType]::ParameterName, 'Write the public key here instead of printing it')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the new key''s passphrase from this file (`-` = standard input)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jwtmint;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('formio', 'formio', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('realm', 'realm', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('developerhub', 'developerhub', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('tinymce', 'tinymce', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('tiledesk', 'tiledesk', [CompletionResultType]::ParameterValue, 'The options every minting subcommand shares')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show what is inside a token, check its signature and a service''s rules.')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make a key pair (or a secret) for a service.')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the config file, its profiles, and the settings in force.')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jwtmint;help;sign' {
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
        'jwtmint;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
