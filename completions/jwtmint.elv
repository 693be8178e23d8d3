
use builtin;
use str;

set edit:completion:arg-completer[jwtmint] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'jwtmint'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'jwtmint'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'The options every minting subcommand shares'
            cand formio 'The options every minting subcommand shares'
            cand realm 'The options every minting subcommand shares'
            cand developerhub 'The options every minting subcommand shares'
            cand tinymce 'The options every minting subcommand shares'
            cand tiledesk 'The options every minting subcommand shares'
            cand inspect 'Show what is inside a token, check its signature and a service''s rules.'
            cand keygen 'Make a key pair (or a secret) for a service.'
            cand config 'Show the config file, its profiles, and the settings in force.'
            cand completions 'Print a shell completion script.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jwtmint;sign'= {
            cand --sub 'The `sub` (subject) claim.'
            cand --iss 'The `iss` (issuer) claim.'
            cand --aud 'The `aud` (audience) claim; repeat it for an array.'
            cand --jti 'The `jti` (token id) claim; without a value, a random UUID v4.'
            cand --secret-file 'Read the HMAC secret from this file (`-` = standard input)'
            cand --secret-env 'Read the HMAC secret from this environment variable (give its name)'
            cand --secret-command 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]'
            cand --key 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]'
            cand --passphrase-file 'Read the key''s passphrase from this file (`-` = standard input)'
            cand --passphrase-command 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]'
            cand --claims-file 'Take claims from a JSON object in this file (`-` = standard input)'
            cand --claim 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable'
            cand --iat 'Set `iat` (default: now). Relative times count from it'
            cand --expires-in 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m'
            cand --exp 'Set `exp` to this time (Unix seconds or RFC 3339)'
            cand --nbf 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)'
            cand --alg 'Signing algorithm; the subcommand''s help lists which it accepts'
            cand --kid 'Set the `kid` (key id) header'
            cand --typ 'Set the `typ` header'
            cand --format 'What to print'
            cand --batch 'Mint one token per line of this file (`-` = standard input): JSON objects of options'
            cand --profile 'Take settings from this profile of the config file (see `jwtmint config`)'
            cand --no-iat 'Do not add `iat`'
            cand --no-exp 'Do not add `exp`, where the service accepts tokens without one'
            cand --allow-expired 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
            cand --keep-going 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;formio'= {
            cand --project 'The project''s id (24 hex digits).'
            cand --form 'The user resource form''s id (24 hex digits).'
            cand --role 'A role id (24 hex digits); repeatable, at least one.'
            cand --data 'A field of user.data: KEY=VALUE or KEY:=JSON; dotted keys nest. Repeatable.'
            cand --data-file 'Take user.data from a JSON object in this file (`-` = standard input); --data adds to it.'
            cand --secret-file 'Read the HMAC secret from this file (`-` = standard input)'
            cand --secret-env 'Read the HMAC secret from this environment variable (give its name)'
            cand --secret-command 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]'
            cand --key 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]'
            cand --passphrase-file 'Read the key''s passphrase from this file (`-` = standard input)'
            cand --passphrase-command 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]'
            cand --claims-file 'Take claims from a JSON object in this file (`-` = standard input)'
            cand --claim 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable'
            cand --iat 'Set `iat` (default: now). Relative times count from it'
            cand --expires-in 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m'
            cand --exp 'Set `exp` to this time (Unix seconds or RFC 3339)'
            cand --nbf 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)'
            cand --alg 'Signing algorithm; the subcommand''s help lists which it accepts'
            cand --kid 'Set the `kid` (key id) header'
            cand --typ 'Set the `typ` header'
            cand --format 'What to print'
            cand --batch 'Mint one token per line of this file (`-` = standard input): JSON objects of options'
            cand --profile 'Take settings from this profile of the config file (see `jwtmint config`)'
            cand --admin 'Make the user an administrator (isAdmin: true).'
            cand --no-iat 'Do not add `iat`'
            cand --no-exp 'Do not add `exp`, where the service accepts tokens without one'
            cand --allow-expired 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
            cand --keep-going 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;realm'= {
            cand --user-id 'The user''s id; always signed as a JSON string.'
            cand --user-id-claim 'The claim that carries the user id: the server''s userIdFieldName.'
            cand --secret-file 'Read the HMAC secret from this file (`-` = standard input)'
            cand --secret-env 'Read the HMAC secret from this environment variable (give its name)'
            cand --secret-command 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]'
            cand --key 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]'
            cand --passphrase-file 'Read the key''s passphrase from this file (`-` = standard input)'
            cand --passphrase-command 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]'
            cand --claims-file 'Take claims from a JSON object in this file (`-` = standard input)'
            cand --claim 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable'
            cand --iat 'Set `iat` (default: now). Relative times count from it'
            cand --expires-in 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m'
            cand --exp 'Set `exp` to this time (Unix seconds or RFC 3339)'
            cand --nbf 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)'
            cand --alg 'Signing algorithm; the subcommand''s help lists which it accepts'
            cand --kid 'Set the `kid` (key id) header'
            cand --typ 'Set the `typ` header'
            cand --format 'What to print'
            cand --batch 'Mint one token per line of this file (`-` = standard input): JSON objects of options'
            cand --profile 'Take settings from this profile of the config file (see `jwtmint config`)'
            cand --admin 'Make the user a Realm administrator (isAdmin: true).'
            cand --no-iat 'Do not add `iat`'
            cand --no-exp 'Do not add `exp`, where the service accepts tokens without one'
            cand --allow-expired 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
            cand --keep-going 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;developerhub'= {
            cand --docs-url 'The docs site''s URL (absolute http/https); the token is appended as jwt=TOKEN.'
            cand --var 'A field of vars: KEY=VALUE or KEY:=JSON; dotted keys nest (user.name=Joe). Repeatable.'
            cand --vars-file 'Take vars from a JSON object in this file (`-` = standard input); --var adds to it.'
            cand --error-redirect-url 'Where DeveloperHub sends the reader when the token is refused.'
            cand --secret-file 'Read the HMAC secret from this file (`-` = standard input)'
            cand --secret-env 'Read the HMAC secret from this environment variable (give its name)'
            cand --secret-command 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]'
            cand --key 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]'
            cand --passphrase-file 'Read the key''s passphrase from this file (`-` = standard input)'
            cand --passphrase-command 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]'
            cand --claims-file 'Take claims from a JSON object in this file (`-` = standard input)'
            cand --claim 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable'
            cand --iat 'Set `iat` (default: now). Relative times count from it'
            cand --expires-in 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m'
            cand --exp 'Set `exp` to this time (Unix seconds or RFC 3339)'
            cand --nbf 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)'
            cand --alg 'Signing algorithm; the subcommand''s help lists which it accepts'
            cand --kid 'Set the `kid` (key id) header'
            cand --typ 'Set the `typ` header'
            cand --format 'What to print'
            cand --batch 'Mint one token per line of this file (`-` = standard input): JSON objects of options'
            cand --profile 'Take settings from this profile of the config file (see `jwtmint config`)'
            cand --single-use 'Make the link single-use (adds a random jti; a second visit is refused).'
            cand --no-iat 'Do not add `iat`'
            cand --no-exp 'Do not add `exp`, where the service accepts tokens without one'
            cand --allow-expired 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
            cand --keep-going 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;tinymce'= {
            cand --product 'Which Tiny Cloud service the token is for: drive (Tiny Drive: sub, name and an optional drive root), ai (TinyMCE AI: aud (API key), sub and permissions) or export (Export to PDF/Word and Import from Word: aud (API key)).'
            cand --sub 'The user''s id (drive, ai); may contain `:` only as a valid URI.'
            cand --name 'The user''s full name (drive).'
            cand --drive-root 'The user''s root folder in Tiny Drive, e.g. /johndoe (drive).'
            cand --api-key 'Your Tiny Cloud API key, signed as aud (ai, export).'
            cand --permission 'An AI permission for auth.ai.permissions (ai); repeatable.'
            cand --user-name 'user.name (ai).'
            cand --user-email 'user.email (ai).'
            cand --secret-file 'Read the HMAC secret from this file (`-` = standard input)'
            cand --secret-env 'Read the HMAC secret from this environment variable (give its name)'
            cand --secret-command 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]'
            cand --key 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]'
            cand --passphrase-file 'Read the key''s passphrase from this file (`-` = standard input)'
            cand --passphrase-command 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]'
            cand --claims-file 'Take claims from a JSON object in this file (`-` = standard input)'
            cand --claim 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable'
            cand --iat 'Set `iat` (default: now). Relative times count from it'
            cand --expires-in 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m'
            cand --exp 'Set `exp` to this time (Unix seconds or RFC 3339)'
            cand --nbf 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)'
            cand --alg 'Signing algorithm; the subcommand''s help lists which it accepts'
            cand --kid 'Set the `kid` (key id) header'
            cand --typ 'Set the `typ` header'
            cand --format 'What to print'
            cand --batch 'Mint one token per line of this file (`-` = standard input): JSON objects of options'
            cand --profile 'Take settings from this profile of the config file (see `jwtmint config`)'
            cand --no-iat 'Do not add `iat`'
            cand --no-exp 'Do not add `exp`, where the service accepts tokens without one'
            cand --allow-expired 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
            cand --keep-going 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;tiledesk'= {
            cand --project 'The Tiledesk project id.'
            cand --user-id 'The user''s id, signed as _id (only letters, digits, `_` and `-`).'
            cand --firstname 'The user''s first name.'
            cand --lastname 'The user''s last name.'
            cand --email 'The user''s email.'
            cand --attr 'A custom attribute: KEY=VALUE or KEY:=JSON. Repeatable.'
            cand --role 'Make sign-in create a real agent account with this role (needs --email).'
            cand --audience-base 'The base of aud; the server reads the project id from its path.'
            cand --url 'The page that embeds the widget: prints PAGE?tiledesk_jwt=JWT%20TOKEN.'
            cand --secret-file 'Read the HMAC secret from this file (`-` = standard input)'
            cand --secret-env 'Read the HMAC secret from this environment variable (give its name)'
            cand --secret-command 'Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]'
            cand --key 'Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE]'
            cand --passphrase-file 'Read the key''s passphrase from this file (`-` = standard input)'
            cand --passphrase-command 'Run this command for the key''s passphrase [env: JWTMINT_PASSPHRASE_COMMAND]'
            cand --claims-file 'Take claims from a JSON object in this file (`-` = standard input)'
            cand --claim 'Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable'
            cand --iat 'Set `iat` (default: now). Relative times count from it'
            cand --expires-in 'Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m'
            cand --exp 'Set `exp` to this time (Unix seconds or RFC 3339)'
            cand --nbf 'Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before)'
            cand --alg 'Signing algorithm; the subcommand''s help lists which it accepts'
            cand --kid 'Set the `kid` (key id) header'
            cand --typ 'Set the `typ` header'
            cand --format 'What to print'
            cand --batch 'Mint one token per line of this file (`-` = standard input): JSON objects of options'
            cand --profile 'Take settings from this profile of the config file (see `jwtmint config`)'
            cand --no-iat 'Do not add `iat`'
            cand --no-exp 'Do not add `exp`, where the service accepts tokens without one'
            cand --allow-expired 'Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)'
            cand --keep-going 'With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;inspect'= {
            cand --provider 'Check the token against this service''s rules'
            cand --secret-file 'Verify an HS* signature with the secret in this file (or JWTMINT_SECRET)'
            cand --secret-env 'Verify an HS* signature with the secret in this environment variable (its name)'
            cand --secret-command 'Verify an HS* signature with the secret this command prints (split like a shell would, run without one)'
            cand --key 'Verify with this key: a public key, a certificate or a private key (PEM or DER)'
            cand --passphrase-file 'The passphrase of an encrypted private key given to --key'
            cand --passphrase-command 'The passphrase of an encrypted private key: what this command prints'
            cand --format 'Output format'
            cand --profile 'Take settings from this profile of the config file (see `jwtmint config`)'
            cand --require-valid 'Count a signature that was not checked (no key) as a failed check'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;keygen'= {
            cand --type 'What to make'
            cand --bits 'RSA modulus size [default: 2048]'
            cand --curve 'EC curve [default: P-256]'
            cand --bytes 'Length of a `--type secret` in random bytes, printed as twice as many hex digits [default: 32]'
            cand --out 'Write the private key (or the secret) here, mode 0600. Required for rsa, ec, ed25519'
            cand --public-out 'Write the public key here instead of printing it'
            cand --passphrase-file 'Read the new key''s passphrase from this file (`-` = standard input)'
            cand --force 'Overwrite existing files'
            cand --no-encrypt 'Write the private key unencrypted (plain PKCS#8)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;config'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the config file''s path.'
            cand profiles 'List the config file''s profiles, one a line.'
            cand show 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jwtmint;config;path'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;config;profiles'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;config;show'= {
            cand --profile 'Take settings from this profile of the config file (see `jwtmint config`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;config;help'= {
            cand path 'Print the config file''s path.'
            cand profiles 'List the config file''s profiles, one a line.'
            cand show 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jwtmint;config;help;path'= {
        }
        &'jwtmint;config;help;profiles'= {
        }
        &'jwtmint;config;help;show'= {
        }
        &'jwtmint;config;help;help'= {
        }
        &'jwtmint;completions'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jwtmint;help'= {
            cand sign 'The options every minting subcommand shares'
            cand formio 'The options every minting subcommand shares'
            cand realm 'The options every minting subcommand shares'
            cand developerhub 'The options every minting subcommand shares'
            cand tinymce 'The options every minting subcommand shares'
            cand tiledesk 'The options every minting subcommand shares'
            cand inspect 'Show what is inside a token, check its signature and a service''s rules.'
            cand keygen 'Make a key pair (or a secret) for a service.'
            cand config 'Show the config file, its profiles, and the settings in force.'
            cand completions 'Print a shell completion script.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jwtmint;help;sign'= {
        }
        &'jwtmint;help;formio'= {
        }
        &'jwtmint;help;realm'= {
        }
        &'jwtmint;help;developerhub'= {
        }
        &'jwtmint;help;tinymce'= {
        }
        &'jwtmint;help;tiledesk'= {
        }
        &'jwtmint;help;inspect'= {
        }
        &'jwtmint;help;keygen'= {
        }
        &'jwtmint;help;config'= {
            cand path 'Print the config file''s path.'
            cand profiles 'List the config file''s profiles, one a line.'
            cand show 'Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).'
        }
        &'jwtmint;help;config;path'= {
        }
        &'jwtmint;help;config;profiles'= {
        }
        &'jwtmint;help;config;show'= {
        }
        &'jwtmint;help;completions'= {
        }
        &'jwtmint;help;help'= {
        }
    ]
    $completions[$command]
}
