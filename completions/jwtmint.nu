module completions {

  def "nu-complete jwtmint color" [] {
    [ "auto" "always" "never" ]
  }

  # Mint signed JSON Web Tokens for services that accept custom JWT logins.
  export extern jwtmint [
    --color: string@"nu-complete jwtmint color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint sign alg" [] {
    [ "HS256" "HS384" "HS512" "RS256" "RS384" "RS512" "PS256" "PS384" "PS512" "ES256" "ES384" "ES512" "ES256K" "EdDSA" ]
  }

  def "nu-complete jwtmint sign format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint sign color" [] {
    [ "auto" "always" "never" ]
  }

  # Mint a token with any claims and any algorithm.
  export extern "jwtmint sign" [
    --sub: string             # The `sub` (subject) claim.
    --iss: string             # The `iss` (issuer) claim.
    --aud: string             # The `aud` (audience) claim; repeat it for an array.
    --jti: string             # The `jti` (token id) claim; without a value, a random UUID v4.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint sign alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint sign format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint sign color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint jitsi alg" [] {
    [ "HS256" "HS384" "HS512" "RS256" "RS384" "RS512" ]
  }

  def "nu-complete jwtmint jitsi format" [] {
    [ "token" "url" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint jitsi color" [] {
    [ "auto" "always" "never" ]
  }

  # Jitsi Meet token authentication (prosody's token plugin): a token to enter a room.
  export extern "jwtmint jitsi" [
    --app-id: string          # The app id of prosody's config (app_id), signed as iss.
    --room: string            # The room the token opens (`*` for every room); Jitsi compares it in lower case.
    --sub: string             # The tenant or domain (checked only with domain verification).
    --aud: string             # The audience.
    --user-id: string         # context.user.id.
    --user-name: string       # context.user.name (the display name).
    --user-email: string      # context.user.email.
    --avatar: string          # context.user.avatar (an image URL).
    --moderator               # Make the user a moderator (context.user.moderator: true). Never the default.
    --no-moderator            # Turn off --moderator (as set by a profile)
    --feature: string         # Turn on a feature in context.features: livestreaming, recording, transcription, outbound-call. Repeatable.
    --jaas                    # 8x8 JaaS (8x8.vc): iss "chat", sub = --app-id (vpaas-magic-cookie-…), RS256 with --kid APP/KEYID, booleans in context as "true"/"false"; --format url without --url opens https://8x8.vc/APP/ROOM.
    --no-jaas                 # Turn off --jaas (as set by a profile)
    --url: string             # The Jitsi server (https://meet.example.com): prints URL/ROOM?jwt=TOKEN.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint jitsi alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint jitsi format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint jitsi color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint supabase alg" [] {
    [ "HS256" "ES256" "RS256" ]
  }

  def "nu-complete jwtmint supabase format" [] {
    [ "token" "header" "json" "claims" ]
  }

  def "nu-complete jwtmint supabase color" [] {
    [ "auto" "always" "never" ]
  }

  # Supabase Auth and API tokens: a user's access token, or the anon / service_role key form.
  export extern "jwtmint supabase" [
    --project-ref: string     # The project ref (the REF of https://REF.supabase.co).
    --sub: string             # Mint a user's access token for this user id (a UUID).
    --email: string           # The user's email (with --sub).
    --app-metadata: string    # app_metadata, a JSON object (with --sub).
    --user-metadata: string   # user_metadata, a JSON object (with --sub).
    --anon                    # Mint the anon API-key form (role: anon).
    --no-anon                 # Turn off --anon (as set by a profile)
    --service-role            # Mint the service_role API-key form, which bypasses row-level security. Never the default.
    --no-service-role         # Turn off --service-role (as set by a profile)
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint supabase alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint supabase format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint supabase color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint hasura alg" [] {
    [ "HS256" "HS384" "HS512" "RS256" "RS384" "RS512" "ES256" "ES384" "EdDSA" ]
  }

  def "nu-complete jwtmint hasura format" [] {
    [ "token" "header" "json" "claims" ]
  }

  def "nu-complete jwtmint hasura color" [] {
    [ "auto" "always" "never" ]
  }

  # Hasura GraphQL Engine: a token carrying Hasura's session variables.
  export extern "jwtmint hasura" [
    --default-role: string    # x-hasura-default-role: the role of requests without an x-hasura-role header.
    --allowed-role: string    # A role of x-hasura-allowed-roles (must include the default role). Repeatable.
    --user-id: string         # x-hasura-user-id (a string).
    --session-var: string     # Another session variable, x-hasura-NAME=VALUE (always a string). Repeatable.
    --namespace: string       # The claims namespace (the server's claims_namespace; default https://hasura.io/jwt/claims).
    --namespace-path: string  # Put the claims at this JSON path instead ($.hasura.claims; the server's claims_namespace_path).
    --stringified             # Write the namespace value as a JSON string (claims_format: stringified_json).
    --no-stringified          # Turn off --stringified (as set by a profile)
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint hasura alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint hasura format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint hasura color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint client-assertion alg" [] {
    [ "RS256" "RS384" "RS512" "PS256" "PS384" "PS512" "ES256" "ES384" "ES512" "EdDSA" "HS256" "HS384" "HS512" ]
  }

  def "nu-complete jwtmint client-assertion format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint client-assertion color" [] {
    [ "auto" "always" "never" ]
  }

  # RFC 7523 client assertion (private_key_jwt, or client_secret_jwt with a secret) for any OAuth 2.0 server.
  export extern "jwtmint client-assertion" [
    --client-id: string       # The client id the server registered: `iss` and `sub`.
    --token-endpoint: string  # The token endpoint the assertion is posted to: `aud`, unless --audience says otherwise.
    --audience: string        # `aud` when the server wants another value than the token endpoint: the issuer (Keycloak, FAPI 2.0 servers) or https://TENANT.auth0.com/ (Auth0, with its trailing slash).
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint client-assertion alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint client-assertion format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint client-assertion color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint postgrest alg" [] {
    [ "HS256" "HS384" "HS512" "RS256" "RS384" "RS512" "ES256" "ES384" ]
  }

  def "nu-complete jwtmint postgrest format" [] {
    [ "token" "header" "json" "claims" ]
  }

  def "nu-complete jwtmint postgrest color" [] {
    [ "auto" "always" "never" ]
  }

  # PostgREST: a token that runs requests as a database role.
  export extern "jwtmint postgrest" [
    --role: string            # The database role the request runs as. Required: PostgREST serves a token without one as the anonymous role.
    --role-claim-key: string  # Where the role goes: the server's jwt-role-claim-key JSPath (.role, .realm_access.roles[0], ."https://example.com/claims".role).
    --aud: string             # The audience, when the server sets jwt-aud.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint postgrest alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint postgrest format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint postgrest color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve tokens over HTTP: a token provider, a login URL, a JWKS and an OpenID discovery document.
  export extern "jwtmint serve" [
    --color: string@"nu-complete jwtmint serve color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve sign alg" [] {
    [ "HS256" "HS384" "HS512" "RS256" "RS384" "RS512" "PS256" "PS384" "PS512" "ES256" "ES384" "ES512" "ES256K" "EdDSA" ]
  }

  def "nu-complete jwtmint serve sign format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve sign color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve sign tokens over HTTP.
  export extern "jwtmint serve sign" [
    --sub: string             # The `sub` (subject) claim.
    --iss: string             # The `iss` (issuer) claim.
    --aud: string             # The `aud` (audience) claim; repeat it for an array.
    --jti: string             # The `jti` (token id) claim; without a value, a random UUID v4.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve sign alg" # Signing algorithm; the subcommand's help lists which it accepts
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve sign format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve sign color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve formio alg" [] {
    [ "HS256" "HS384" "HS512" ]
  }

  def "nu-complete jwtmint serve formio format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve formio color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Form.io tokens over HTTP.
  export extern "jwtmint serve formio" [
    --project: string         # The project's id (24 hex digits).
    --form: string            # The user resource form's id (24 hex digits).
    --role: string            # A role id (24 hex digits); repeatable, at least one.
    --data: string            # A field of user.data: KEY=VALUE or KEY:=JSON; dotted keys nest. Repeatable.
    --data-file: path         # Take user.data from a JSON object in this file (`-` = standard input); --data adds to it.
    --admin                   # Make the user an administrator (isAdmin: true).
    --no-admin                # Turn off --admin (as set by a profile)
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve formio alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve formio format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve formio color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve realm alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint serve realm format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve realm color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Realm tokens over HTTP.
  export extern "jwtmint serve realm" [
    --user-id: string         # The user's id; always signed as a JSON string.
    --admin                   # Make the user a Realm administrator (isAdmin: true).
    --no-admin                # Turn off --admin (as set by a profile)
    --user-id-claim: string   # The claim that carries the user id: the server's userIdFieldName.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve realm alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve realm format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve realm color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve developerhub alg" [] {
    [ "HS256" "HS512" ]
  }

  def "nu-complete jwtmint serve developerhub format" [] {
    [ "url" "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve developerhub color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve DeveloperHub tokens over HTTP.
  export extern "jwtmint serve developerhub" [
    --docs-url: string        # The docs site's URL (absolute http/https); the token is appended as jwt=TOKEN.
    --var: string             # A field of vars: KEY=VALUE or KEY:=JSON; dotted keys nest (user.name=Joe). Repeatable.
    --vars-file: path         # Take vars from a JSON object in this file (`-` = standard input); --var adds to it.
    --error-redirect-url: string # Where DeveloperHub sends the reader when the token is refused.
    --single-use              # Make the link single-use (adds a random jti; a second visit is refused).
    --no-single-use           # Turn off --single-use (as set by a profile)
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve developerhub alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve developerhub format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve developerhub color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve tinymce product" [] {
    [ "drive" "ai" "export" ]
  }

  def "nu-complete jwtmint serve tinymce alg" [] {
    [ "RS256" "RS384" "RS512" "PS256" "PS384" "PS512" ]
  }

  def "nu-complete jwtmint serve tinymce format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve tinymce color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Tiny Cloud tokens over HTTP.
  export extern "jwtmint serve tinymce" [
    --product: string@"nu-complete jwtmint serve tinymce product" # Which Tiny Cloud service the token is for: drive (Tiny Drive: sub, name and an optional drive root), ai (TinyMCE AI: aud (API key), sub and permissions) or export (Export to PDF/Word and Import from Word: aud (API key)).
    --sub: string             # The user's id (drive, ai); may contain `:` only as a valid URI.
    --name: string            # The user's full name (drive).
    --drive-root: string      # The user's root folder in Tiny Drive, e.g. /johndoe (drive).
    --api-key: string         # Your Tiny Cloud API key, signed as aud (ai, export).
    --permission: string      # An AI permission for auth.ai.permissions (ai); repeatable.
    --user-name: string       # user.name (ai).
    --user-email: string      # user.email (ai).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve tinymce alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve tinymce format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve tinymce color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve tiledesk role" [] {
    [ "owner" "admin" "agent" ]
  }

  def "nu-complete jwtmint serve tiledesk alg" [] {
    [ "HS256" "HS384" "HS512" ]
  }

  def "nu-complete jwtmint serve tiledesk format" [] {
    [ "token" "json" "header" "url" "claims" ]
  }

  def "nu-complete jwtmint serve tiledesk color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Tiledesk tokens over HTTP.
  export extern "jwtmint serve tiledesk" [
    --project: string         # The Tiledesk project id.
    --user-id: string         # The user's id, signed as _id (only letters, digits, `_` and `-`).
    --firstname: string       # The user's first name.
    --lastname: string        # The user's last name.
    --email: string           # The user's email.
    --attr: string            # A custom attribute: KEY=VALUE or KEY:=JSON. Repeatable.
    --role: string@"nu-complete jwtmint serve tiledesk role" # Make sign-in create a real agent account with this role (needs --email).
    --audience-base: string   # The base of aud; the server reads the project id from its path.
    --url: string             # The page that embeds the widget: prints PAGE?tiledesk_jwt=JWT%20TOKEN.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve tiledesk alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve tiledesk format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve tiledesk color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve firebase alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint serve firebase format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve firebase color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Firebase tokens over HTTP.
  export extern "jwtmint serve firebase" [
    --uid: string             # The user's uid (1 to 128 characters): the account the app signs in as.
    --tenant-id: string       # Sign in to this Identity Platform tenant (`tenant_id`).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve firebase alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve firebase format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve firebase color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve google alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint serve google format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve google color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Google tokens over HTTP.
  export extern "jwtmint serve google" [
    --aud: string             # Self-signed JWT for one API: `aud` = https://SERVICE.googleapis.com/ (with the slash).
    --scope: string           # An OAuth scope (repeatable): https://www.googleapis.com/auth/cloud-platform.
    --oauth                   # Mint the OAuth JWT-bearer assertion (`aud` = token_uri) instead of a self-signed JWT.
    --no-oauth                # Turn off --oauth (as set by a profile)
    --subject: string         # With --oauth --scope: the Workspace user to act as (domain-wide delegation), as `sub`.
    --target-audience: string # With --oauth: ask for an ID token for this audience (a Cloud Run URL or an IAP client id).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve google alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve google format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve google color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve snowflake alg" [] {
    [ "RS256" "ES256" "ES384" ]
  }

  def "nu-complete jwtmint serve snowflake format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve snowflake color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Snowflake tokens over HTTP.
  export extern "jwtmint serve snowflake" [
    --account: string         # The account identifier: myorg-myaccount, or a locator such as xy12345.us-east-2.aws.
    --user: string            # The Snowflake user whose RSA_PUBLIC_KEY matches --key (signed in upper case).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve snowflake alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve snowflake format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve snowflake color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve entra alg" [] {
    [ "PS256" "RS256" ]
  }

  def "nu-complete jwtmint serve entra format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve entra color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Microsoft Entra ID tokens over HTTP.
  export extern "jwtmint serve entra" [
    --cert: string            # The certificate uploaded to the app registration (PEM or DER), for --key's key.
    --tenant: string          # The directory (tenant) id, or a verified domain such as contoso.onmicrosoft.com.
    --client-id: string       # The application (client) id: `iss` and `sub`.
    --authority: string       # The authority host, for national clouds: https://login.microsoftonline.us, https://login.partner.microsoftonline.cn.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve entra alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve entra format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve entra color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve github-app alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint serve github-app format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve github-app color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve GitHub tokens over HTTP.
  export extern "jwtmint serve github-app" [
    --app-id: string          # The App ID (a number; iss is a JSON number). Give this or --client-id.
    --client-id: string       # The app's Client ID (Iv1.… or Iv23…; iss is a string), which GitHub now recommends. Give this or --app-id.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve github-app alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve github-app format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve github-app color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve app-store-connect alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint serve app-store-connect format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve app-store-connect color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve App Store Connect tokens over HTTP.
  export extern "jwtmint serve app-store-connect" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --issuer-id: string       # Your issuer id (iss), from the Keys page of App Store Connect, for a team key. Give this or --individual.
    --individual              # The key is an individual key: sub: "user" and no iss. Give this or --issuer-id.
    --no-individual           # Turn off --individual (as set by a profile)
    --scope: string           # Limit the token to one request, like 'GET /v1/apps?filter[platform]=IOS' (scope is always an array). Repeatable.
    --bundle-id: string       # Mint the App Store Server API variant for this app (bid claim; at most 60m; needs --issuer-id).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve app-store-connect alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve app-store-connect format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve app-store-connect color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve apns alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint serve apns format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve apns color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve APNs tokens over HTTP.
  export extern "jwtmint serve apns" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --team-id: string         # Your 10-character Apple Developer Team ID (iss).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve apns alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve apns format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve apns color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve apple-client-secret alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint serve apple-client-secret format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve apple-client-secret color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Sign in with Apple tokens over HTTP.
  export extern "jwtmint serve apple-client-secret" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --team-id: string         # Your 10-character Apple Developer Team ID (iss).
    --client-id: string       # The client id (sub): the Services ID for web sign-in, the bundle id for native apps. Case-sensitive.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve apple-client-secret alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve apple-client-secret format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve apple-client-secret color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve ghost alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint serve ghost format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve ghost color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Ghost tokens over HTTP.
  export extern "jwtmint serve ghost" [
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve ghost alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve ghost format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve ghost color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve livekit alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint serve livekit format" [] {
    [ "token" "url" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve livekit color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve LiveKit tokens over HTTP.
  export extern "jwtmint serve livekit" [
    --api-key: string         # The LiveKit API key (APIxxxxxxxx), signed as iss; its secret goes in --secret-file.
    --identity: string        # The participant's identity, signed as sub.
    --room: string            # The room to join: grants roomJoin, room, canPublish, canSubscribe and canPublishData.
    --name: string            # The participant's display name.
    --metadata: string        # The participant's metadata (a string; JSON text stays a string).
    --attr: string            # A participant attribute (string to string). Repeatable.
    --grant: string           # A video grant by LiveKit's camelCase name: NAME (true), NAME=false, canPublishSources=camera,microphone, destinationRoom=ROOM. Repeatable.
    --url: string             # The LiveKit server (wss://HOST): prints wss://HOST?access_token=TOKEN.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve livekit alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve livekit format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve livekit color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve jitsi alg" [] {
    [ "HS256" "HS384" "HS512" "RS256" "RS384" "RS512" ]
  }

  def "nu-complete jwtmint serve jitsi format" [] {
    [ "token" "url" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve jitsi color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Jitsi tokens over HTTP.
  export extern "jwtmint serve jitsi" [
    --app-id: string          # The app id of prosody's config (app_id), signed as iss.
    --room: string            # The room the token opens (`*` for every room); Jitsi compares it in lower case.
    --sub: string             # The tenant or domain (checked only with domain verification).
    --aud: string             # The audience.
    --user-id: string         # context.user.id.
    --user-name: string       # context.user.name (the display name).
    --user-email: string      # context.user.email.
    --avatar: string          # context.user.avatar (an image URL).
    --moderator               # Make the user a moderator (context.user.moderator: true). Never the default.
    --no-moderator            # Turn off --moderator (as set by a profile)
    --feature: string         # Turn on a feature in context.features: livestreaming, recording, transcription, outbound-call. Repeatable.
    --jaas                    # 8x8 JaaS (8x8.vc): iss "chat", sub = --app-id (vpaas-magic-cookie-…), RS256 with --kid APP/KEYID, booleans in context as "true"/"false"; --format url without --url opens https://8x8.vc/APP/ROOM.
    --no-jaas                 # Turn off --jaas (as set by a profile)
    --url: string             # The Jitsi server (https://meet.example.com): prints URL/ROOM?jwt=TOKEN.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve jitsi alg" # Signing algorithm; the subcommand's help lists which it accepts
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve jitsi format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve jitsi color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve supabase alg" [] {
    [ "HS256" "ES256" "RS256" ]
  }

  def "nu-complete jwtmint serve supabase format" [] {
    [ "token" "header" "json" "claims" ]
  }

  def "nu-complete jwtmint serve supabase color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Supabase tokens over HTTP.
  export extern "jwtmint serve supabase" [
    --project-ref: string     # The project ref (the REF of https://REF.supabase.co).
    --sub: string             # Mint a user's access token for this user id (a UUID).
    --email: string           # The user's email (with --sub).
    --app-metadata: string    # app_metadata, a JSON object (with --sub).
    --user-metadata: string   # user_metadata, a JSON object (with --sub).
    --anon                    # Mint the anon API-key form (role: anon).
    --no-anon                 # Turn off --anon (as set by a profile)
    --service-role            # Mint the service_role API-key form, which bypasses row-level security. Never the default.
    --no-service-role         # Turn off --service-role (as set by a profile)
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve supabase alg" # Signing algorithm; the subcommand's help lists which it accepts
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve supabase format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve supabase color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve hasura alg" [] {
    [ "HS256" "HS384" "HS512" "RS256" "RS384" "RS512" "ES256" "ES384" "EdDSA" ]
  }

  def "nu-complete jwtmint serve hasura format" [] {
    [ "token" "header" "json" "claims" ]
  }

  def "nu-complete jwtmint serve hasura color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Hasura tokens over HTTP.
  export extern "jwtmint serve hasura" [
    --default-role: string    # x-hasura-default-role: the role of requests without an x-hasura-role header.
    --allowed-role: string    # A role of x-hasura-allowed-roles (must include the default role). Repeatable.
    --user-id: string         # x-hasura-user-id (a string).
    --session-var: string     # Another session variable, x-hasura-NAME=VALUE (always a string). Repeatable.
    --namespace: string       # The claims namespace (the server's claims_namespace; default https://hasura.io/jwt/claims).
    --namespace-path: string  # Put the claims at this JSON path instead ($.hasura.claims; the server's claims_namespace_path).
    --stringified             # Write the namespace value as a JSON string (claims_format: stringified_json).
    --no-stringified          # Turn off --stringified (as set by a profile)
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve hasura alg" # Signing algorithm; the subcommand's help lists which it accepts
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve hasura format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve hasura color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve metabase bordered" [] {
    [ "true" "false" ]
  }

  def "nu-complete jwtmint serve metabase titled" [] {
    [ "true" "false" ]
  }

  def "nu-complete jwtmint serve metabase theme" [] {
    [ "night" "transparent" ]
  }

  def "nu-complete jwtmint serve metabase alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint serve metabase format" [] {
    [ "url" "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve metabase color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Metabase tokens over HTTP.
  export extern "jwtmint serve metabase" [
    --site-url: string        # The Metabase site's URL.
    --dashboard: string       # Embed this dashboard (a positive integer).
    --question: string        # Embed this question (a positive integer).
    --param: string           # A locked parameter's value: SLUG=VALUE or SLUG:=JSON (an array for several). Repeatable.
    --bordered: string@"nu-complete jwtmint serve metabase bordered" # The #bordered= display option.
    --titled: string@"nu-complete jwtmint serve metabase titled" # The #titled= display option.
    --theme: string@"nu-complete jwtmint serve metabase theme" # The #theme= display option.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve metabase alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve metabase format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve metabase color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve zendesk role" [] {
    [ "end-user" "agent" "admin" ]
  }

  def "nu-complete jwtmint serve zendesk alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint serve zendesk format" [] {
    [ "url" "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve zendesk color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Zendesk tokens over HTTP.
  export extern "jwtmint serve zendesk" [
    --subdomain: string       # The Zendesk subdomain (SUB.zendesk.com).
    --email: string           # The user's email.
    --name: string            # The user's name.
    --external-id: string     # The user's id in your system (external_id).
    --organization: string    # The user's organization.
    --tag: string             # A user tag. Repeatable.
    --user-field: string      # A custom user field: KEY=VALUE or KEY:=JSON. Repeatable.
    --return-to: string       # Where Zendesk sends the user after sign-in.
    --role: string@"nu-complete jwtmint serve zendesk role" # The user's role: end-user, or agent/admin (staff rights). Never the default.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve zendesk alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve zendesk format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve zendesk color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve gitbook alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint serve gitbook format" [] {
    [ "url" "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve gitbook color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve GitBook tokens over HTTP.
  export extern "jwtmint serve gitbook" [
    --site-url: string        # The docs site's URL.
    --path: string            # The page to open on the site.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve gitbook alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve gitbook format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve gitbook color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve meilisearch alg" [] {
    [ "HS256" "HS384" "HS512" ]
  }

  def "nu-complete jwtmint serve meilisearch format" [] {
    [ "token" "header" "json" "claims" ]
  }

  def "nu-complete jwtmint serve meilisearch color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Meilisearch tokens over HTTP.
  export extern "jwtmint serve meilisearch" [
    --api-key-uid: string     # The `uid` of the API key whose value signs the token (GET /keys shows it): `apiKeyUid`.
    --search-rules: string    # `searchRules` as JSON: an array of index names (["*"] for all the parent key reaches), or an object of index name to null, {} or {"filter": "…"}.
    --index: string           # An index the token may search, with the filter applied to every search of it (the tenant boundary: tenant_id = 42). Repeatable.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve meilisearch alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve meilisearch format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve meilisearch color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve musickit alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint serve musickit format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve musickit color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve MusicKit tokens over HTTP.
  export extern "jwtmint serve musickit" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --team-id: string         # Your 10-character Apple Developer Team ID (iss).
    --origin: string          # A web origin allowed to use the token, as the browser sends it: scheme and host, and a port if not the default (https://example.com). Repeatable.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve musickit alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve musickit format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve musickit color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve weatherkit alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint serve weatherkit format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve weatherkit color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve WeatherKit tokens over HTTP.
  export extern "jwtmint serve weatherkit" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --team-id: string         # Your 10-character Apple Developer Team ID (iss).
    --service-id: string      # The Services ID registered for WeatherKit (sub, and the header id TEAMID.SERVICEID), e.g. com.example.weather.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve weatherkit alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve weatherkit format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve weatherkit color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve mapkit alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint serve mapkit format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve mapkit color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve MapKit tokens over HTTP.
  export extern "jwtmint serve mapkit" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --team-id: string         # Your 10-character Apple Developer Team ID (iss).
    --scope: string           # What the token may do: server_api, mapkit_js, web_snapshots, embed_api, several separated by spaces or commas.
    --origin: string          # Where a browser may use the token (origin): a domain, *.example.com, or several separated by commas; written into the token as given. Required for mapkit_js, web_snapshots and embed_api.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve mapkit alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve mapkit format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve mapkit color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve mux type" [] {
    [ "video" "thumbnail" "gif" "storyboard" "drm_license" ]
  }

  def "nu-complete jwtmint serve mux alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint serve mux format" [] {
    [ "token" "json" "url" "claims" ]
  }

  def "nu-complete jwtmint serve mux color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Mux tokens over HTTP.
  export extern "jwtmint serve mux" [
    --key-id: string          # The URL signing key's id (the `id` Mux returns with the key; MUX_SIGNING_KEY in Mux's SDKs). Written as the claim kid.
    --playback-id: string     # The signed playback ID the token opens (sub).
    --type: string@"nu-complete jwtmint serve mux type" # What the token opens (aud): video (v), thumbnail (t), gif (g), storyboard (s) or drm_license (d).
    --param: string           # A playback or image modifier carried in the token, as a string (time=10, width=640, max_resolution=720p…). Repeatable.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve mux alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve mux format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve mux color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve zoom sdk" [] {
    [ "meeting" "video" ]
  }

  def "nu-complete jwtmint serve zoom alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint serve zoom format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve zoom color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Zoom tokens over HTTP.
  export extern "jwtmint serve zoom" [
    --sdk: string@"nu-complete jwtmint serve zoom sdk" # Which SDK the signature is for: `meeting` (Meeting SDK) or `video` (Video SDK). Their credentials and tokens are not interchangeable.
    --sdk-key: string         # The app's Client ID ("SDK key" on older apps); the secret is the Client Secret (--secret-file).
    --session: string         # Video SDK: the session topic (tpc), at most 200 characters, exactly as passed to client.join(topic, …).
    --meeting-number: string  # Meeting SDK: the meeting or webinar number (mn); spaces are dropped, so `812 3456 7890` works. Without it the token carries no meeting and no role (a native SDK's init token).
    --host                    # Join as host: role 1 (Meeting SDK; starting a meeting also needs the host's ZAK) or role_type 1 (Video SDK). Without it: attendee / participant (0).
    --no-host                 # Turn off --host (as set by a profile)
    --user-identity: string   # Video SDK: your own id for the user (user_identity), under 35 characters.
    --session-key: string     # Video SDK: your own id for the session (session_key), under 36 characters.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve zoom alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve zoom format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve zoom color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve twilio alg" [] {
    [ "HS256" "HS384" "HS512" ]
  }

  def "nu-complete jwtmint serve twilio format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve twilio color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Twilio tokens over HTTP.
  export extern "jwtmint serve twilio" [
    --account-sid: string     # The Account SID (sub): AC followed by 32 hex digits.
    --api-key: string         # The API Key SID (iss): SK followed by 32 hex digits. The secret is that API Key's secret (--secret-file), not the account's Auth Token.
    --identity: string        # The user the token acts for (grants.identity); required with every grant but TaskRouter's.
    --video-room: string      # Video grant: join this room (video.room); without a value, any room.
    --voice-app: string       # Voice grant: outgoing calls through this TwiML App (voice.outgoing.application_sid).
    --voice-param: string     # Voice grant: a parameter passed to the TwiML App's voice URL (voice.outgoing.params); repeatable, needs --voice-app.
    --voice-incoming          # Voice grant: receive incoming calls to the identity (voice.incoming.allow).
    --no-voice-incoming       # Turn off --voice-incoming (as set by a profile)
    --voice-push-credential: string # Voice grant: the push credential for incoming-call notifications (voice.push_credential_sid).
    --chat-service: string    # Chat grant, also for Conversations: the service (chat.service_sid).
    --chat-push-credential: string # Chat grant: the push credential for notifications (chat.push_credential_sid); needs --chat-service.
    --sync-service: string    # Sync grant: the Sync service (data_sync.service_sid; Twilio names the grant data_sync).
    --task-router-workspace: string # TaskRouter grant: the workspace (task_router.workspace_sid); needs --task-router-worker.
    --task-router-worker: string # TaskRouter grant: the worker (task_router.worker_sid).
    --task-router-role: string # TaskRouter grant: the worker's role (task_router.role), as Flex names it.
    --region: string          # The Twilio region the token is for (header twr), like ie1 or au1; none: the default (us1).
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve twilio alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve twilio format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve twilio color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve stream alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint serve stream format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve stream color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Stream tokens over HTTP.
  export extern "jwtmint serve stream" [
    --user-id: string         # A user token for this user (user_id), for a client SDK; with --feeds-scope, the user the scope token is for.
    --server                  # A Chat server token (server: true): full backend rights over the app. Keep it on servers.
    --no-server               # Turn off --server (as set by a profile)
    --feeds-scope: string     # A Feeds scope token: resource and action, each a name or `*` (`feed:read`, `activities:*`, `*:*`). Actions: read, write, delete, *.
    --feed-id: string         # With --feeds-scope: the feed the token is for (feed_id), slug and user id run together as Stream writes it (`user1` for user:1), or `*`; repeatable.
    --call-cid: string        # With --user-id, a Video call token: a call the user may join (call_cids), TYPE:ID like default:standup; repeatable.
    --role: string            # With --call-cid: the user's role in those calls (role), like admin or host.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve stream alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve stream format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve stream color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve vonage alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint serve vonage format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve vonage color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Vonage tokens over HTTP.
  export extern "jwtmint serve vonage" [
    --application-id: string  # The Vonage application's id (application_id), a UUID; the key is that application's private.key (--key).
    --acl: string             # An API path the Client SDK user may use (acl.paths), like `/*/users/**` or `/*/conversations/**`; repeatable.
    --sub: string             # The Client SDK user the token acts as (sub): the user's name in the application.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve vonage alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve vonage format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve vonage color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve coinbase-cdp alg" [] {
    [ "ES256" "EdDSA" ]
  }

  def "nu-complete jwtmint serve coinbase-cdp format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint serve coinbase-cdp color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Coinbase Developer Platform tokens over HTTP.
  export extern "jwtmint serve coinbase-cdp" [
    --key-name: string        # The API key id: a UUID (Ed25519 keys) or organizations/ORG/apiKeys/ID (ECDSA keys). It is `kid` and `sub`.
    --uri: string             # The request the token is for, as 'GET api.cdp.coinbase.com/platform/v1/wallets': method, a space, host and path, without scheme or query (repeatable; the SDK writes one per token). `uris`.
    --websocket               # A websocket token: no `uris` (instead of --uri).
    --no-websocket            # Turn off --websocket (as set by a profile)
    --audience: string        # Add this to `aud` (repeatable; the SDK's optional `audience`). CDP's REST calls need none.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve coinbase-cdp alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve coinbase-cdp format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve coinbase-cdp color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve docusign alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint serve docusign format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve docusign color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve DocuSign tokens over HTTP.
  export extern "jwtmint serve docusign" [
    --integration-key: string # The integration key (the app's client id, a GUID from Apps and Keys): `iss`.
    --user: string            # The API user id (a GUID, shown as "User ID" on the user's page; not the email) to act for: `sub`.
    --demo                    # The developer (demo) environment: `aud` = account-d.docusign.com instead of account.docusign.com.
    --no-demo                 # Turn off --demo (as set by a profile)
    --scope: string           # A scope to ask for (repeatable, or several separated by spaces); default "signature impersonation". `impersonation` is needed to act for a user.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve docusign alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve docusign format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve docusign color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve salesforce alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint serve salesforce format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve salesforce color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Salesforce tokens over HTTP.
  export extern "jwtmint serve salesforce" [
    --consumer-key: string    # The connected app's consumer key (client id): `iss`.
    --username: string        # The Salesforce username to log in as (user@example.com; for an Experience Cloud site, the site user's): `sub`.
    --audience: string        # `aud`: login (https://login.salesforce.com, production), test (https://test.salesforce.com, sandboxes) or an Experience Cloud site's https URL (https://SITE.my.site.com/customers).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve salesforce alg" # Signing algorithm; the subcommand's help lists which it accepts
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve salesforce format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve salesforce color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve atlassian-connect alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint serve atlassian-connect format" [] {
    [ "token" "header" "url" "json" "claims" ]
  }

  def "nu-complete jwtmint serve atlassian-connect color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve Atlassian Connect tokens over HTTP.
  export extern "jwtmint serve atlassian-connect" [
    --issuer: string          # `iss`: the app's `key` (atlassian-connect.json) when the app calls the product; the tenant's `clientKey` when the token stands for the product calling the app.
    --method: string          # The HTTP method of the request the token is for (any case; hashed upper-case).
    --url: string             # The request the token is for: a full URL under --base-url, or a path relative to it (/rest/api/3/issue/KEY-1?expand=names). Its path and query make `qsh`.
    --base-url: string        # The product's base URL from the `installed` callback (https://SITE.atlassian.net, or https://SITE.atlassian.net/wiki for Confluence): `qsh` hashes the path below it. Default: the origin of an absolute --url.
    --context-qsh             # `qsh` = "context-qsh": a context token (the product calling the app's page or a `context` JWT), bound to no request. Not with --url or --method.
    --no-context-qsh          # Turn off --context-qsh (as set by a profile)
    --sub: string             # `sub`: the user's Atlassian accountId, as the product sets it when it calls the app. Never taken from the environment or a profile.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve atlassian-connect alg" # Signing algorithm; the subcommand's help lists which it accepts
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve atlassian-connect format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --serve-issuer: string    # The issuer URL of the discovery document [default: http://ADDR:PORT] (--issuer is atlassian-connect's own option here)
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve atlassian-connect color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve client-assertion alg" [] {
    [ "RS256" "RS384" "RS512" "PS256" "PS384" "PS512" "ES256" "ES384" "ES512" "EdDSA" "HS256" "HS384" "HS512" ]
  }

  def "nu-complete jwtmint serve client-assertion format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint serve client-assertion color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve OAuth 2.0 client authentication tokens over HTTP.
  export extern "jwtmint serve client-assertion" [
    --client-id: string       # The client id the server registered: `iss` and `sub`.
    --token-endpoint: string  # The token endpoint the assertion is posted to: `aud`, unless --audience says otherwise.
    --audience: string        # `aud` when the server wants another value than the token endpoint: the issuer (Keycloak, FAPI 2.0 servers) or https://TENANT.auth0.com/ (Auth0, with its trailing slash).
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve client-assertion alg" # Signing algorithm; the subcommand's help lists which it accepts
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve client-assertion format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve client-assertion color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint serve postgrest alg" [] {
    [ "HS256" "HS384" "HS512" "RS256" "RS384" "RS512" "ES256" "ES384" ]
  }

  def "nu-complete jwtmint serve postgrest format" [] {
    [ "token" "header" "json" "claims" ]
  }

  def "nu-complete jwtmint serve postgrest color" [] {
    [ "auto" "always" "never" ]
  }

  # Serve PostgREST tokens over HTTP.
  export extern "jwtmint serve postgrest" [
    --role: string            # The database role the request runs as. Required: PostgREST serves a token without one as the anonymous role.
    --role-claim-key: string  # Where the role goes: the server's jwt-role-claim-key JSPath (.role, .realm_access.roles[0], ."https://example.com/claims".role).
    --aud: string             # The audience, when the server sets jwt-aud.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint serve postgrest alg" # Signing algorithm; the subcommand's help lists which it accepts
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --format: string@"nu-complete jwtmint serve postgrest format" # What to print: one of the subcommand's formats, the first listed is the default
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --listen: string          # Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one
    --from-header: string     # Take an option's value from this request header, set by an authenticating proxy
    --allow-public            # Listen on a non-loopback address with identities fixed by the command line
    --allow-origin: string    # Let pages from this origin ask /token from a browser (CORS, with credentials)
    --jwks-key: path          # Also publish this public key in the JWKS (a rotation); repeatable
    --issuer: string          # The issuer URL of the discovery document [default: http://ADDR:PORT]
    --quiet                   # No access log on stderr
    --color: string@"nu-complete jwtmint serve postgrest color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "jwtmint serve help" [
  ]

  # Serve sign tokens over HTTP.
  export extern "jwtmint serve help sign" [
  ]

  # Serve Form.io tokens over HTTP.
  export extern "jwtmint serve help formio" [
  ]

  # Serve Realm tokens over HTTP.
  export extern "jwtmint serve help realm" [
  ]

  # Serve DeveloperHub tokens over HTTP.
  export extern "jwtmint serve help developerhub" [
  ]

  # Serve Tiny Cloud tokens over HTTP.
  export extern "jwtmint serve help tinymce" [
  ]

  # Serve Tiledesk tokens over HTTP.
  export extern "jwtmint serve help tiledesk" [
  ]

  # Serve Firebase tokens over HTTP.
  export extern "jwtmint serve help firebase" [
  ]

  # Serve Google tokens over HTTP.
  export extern "jwtmint serve help google" [
  ]

  # Serve Snowflake tokens over HTTP.
  export extern "jwtmint serve help snowflake" [
  ]

  # Serve Microsoft Entra ID tokens over HTTP.
  export extern "jwtmint serve help entra" [
  ]

  # Serve GitHub tokens over HTTP.
  export extern "jwtmint serve help github-app" [
  ]

  # Serve App Store Connect tokens over HTTP.
  export extern "jwtmint serve help app-store-connect" [
  ]

  # Serve APNs tokens over HTTP.
  export extern "jwtmint serve help apns" [
  ]

  # Serve Sign in with Apple tokens over HTTP.
  export extern "jwtmint serve help apple-client-secret" [
  ]

  # Serve Ghost tokens over HTTP.
  export extern "jwtmint serve help ghost" [
  ]

  # Serve LiveKit tokens over HTTP.
  export extern "jwtmint serve help livekit" [
  ]

  # Serve Jitsi tokens over HTTP.
  export extern "jwtmint serve help jitsi" [
  ]

  # Serve Supabase tokens over HTTP.
  export extern "jwtmint serve help supabase" [
  ]

  # Serve Hasura tokens over HTTP.
  export extern "jwtmint serve help hasura" [
  ]

  # Serve Metabase tokens over HTTP.
  export extern "jwtmint serve help metabase" [
  ]

  # Serve Zendesk tokens over HTTP.
  export extern "jwtmint serve help zendesk" [
  ]

  # Serve GitBook tokens over HTTP.
  export extern "jwtmint serve help gitbook" [
  ]

  # Serve Meilisearch tokens over HTTP.
  export extern "jwtmint serve help meilisearch" [
  ]

  # Serve MusicKit tokens over HTTP.
  export extern "jwtmint serve help musickit" [
  ]

  # Serve WeatherKit tokens over HTTP.
  export extern "jwtmint serve help weatherkit" [
  ]

  # Serve MapKit tokens over HTTP.
  export extern "jwtmint serve help mapkit" [
  ]

  # Serve Mux tokens over HTTP.
  export extern "jwtmint serve help mux" [
  ]

  # Serve Zoom tokens over HTTP.
  export extern "jwtmint serve help zoom" [
  ]

  # Serve Twilio tokens over HTTP.
  export extern "jwtmint serve help twilio" [
  ]

  # Serve Stream tokens over HTTP.
  export extern "jwtmint serve help stream" [
  ]

  # Serve Vonage tokens over HTTP.
  export extern "jwtmint serve help vonage" [
  ]

  # Serve Coinbase Developer Platform tokens over HTTP.
  export extern "jwtmint serve help coinbase-cdp" [
  ]

  # Serve DocuSign tokens over HTTP.
  export extern "jwtmint serve help docusign" [
  ]

  # Serve Salesforce tokens over HTTP.
  export extern "jwtmint serve help salesforce" [
  ]

  # Serve Atlassian Connect tokens over HTTP.
  export extern "jwtmint serve help atlassian-connect" [
  ]

  # Serve OAuth 2.0 client authentication tokens over HTTP.
  export extern "jwtmint serve help client-assertion" [
  ]

  # Serve PostgREST tokens over HTTP.
  export extern "jwtmint serve help postgrest" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "jwtmint serve help help" [
  ]

  def "nu-complete jwtmint inspect provider" [] {
    [ "formio" "realm" "developerhub" "tinymce" "tiledesk" "firebase" "google" "snowflake" "entra" "github-app" "app-store-connect" "apns" "apple-client-secret" "ghost" "livekit" "jitsi" "supabase" "hasura" "metabase" "zendesk" "gitbook" "meilisearch" "musickit" "weatherkit" "mapkit" "mux" "zoom" "twilio" "stream" "vonage" "coinbase-cdp" "docusign" "salesforce" "atlassian-connect" "client-assertion" "postgrest" ]
  }

  def "nu-complete jwtmint inspect alg" [] {
    [ "HS256" "HS384" "HS512" "RS256" "RS384" "RS512" "PS256" "PS384" "PS512" "ES256" "ES384" "ES512" "ES256K" "EdDSA" ]
  }

  def "nu-complete jwtmint inspect format" [] {
    [ "text" "json" ]
  }

  def "nu-complete jwtmint inspect color" [] {
    [ "auto" "always" "never" ]
  }

  # Show what is inside a token, check its signature and a service's rules.
  export extern "jwtmint inspect" [
    --provider: string@"nu-complete jwtmint inspect provider" # Check the token against this service's rules
    --secret-env: string      # Verify an HS* signature with the secret in this environment variable (its name)
    --secret-encoding: string # How the secret's text is read: utf8 (its bytes), hex, base64 or base64url
    --jwks-url: string        # Verify with the key fetched from this JWKS URL, picked by the token's `kid`
    --discover                # Verify with the key of the token's issuer: fetch ISS/.well-known/openid-configuration, then its jwks_uri
    --require-valid           # Count a signature that was not checked (no key) as a failed check
    --iss: string             # Expect this `iss`: any other, or none, is a problem
    --aud: string             # Expect this audience: `aud` is it, or an array that holds it
    --sub: string             # Expect this `sub`: any other, or none, is a problem
    --alg: string@"nu-complete jwtmint inspect alg" # Allow only this `alg` (as the header names it: RS256, ES256…); repeatable
    --leeway: string          # Allow this much clock difference in the `exp`, `nbf` and `iat` checks (`iat` may be 1m ahead in any case)
    --format: string@"nu-complete jwtmint inspect format" # Output format
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --key: path               # Verify with this key: a public key, a certificate, a private key (PEM or DER, any form --key of `sign` takes), a JWK or a JWKS (the key is picked by the token's `kid`), or a key store's reference (awskms://, hashivault://, pkcs11:, ssh-agent:) whose public half is used [env: JWTMINT_KEY_FILE]
    --secret-file: path       # Verify an HS* signature with the secret in this file (or JWTMINT_SECRET) [env: JWTMINT_SECRET]
    --secret-command: string  # Verify an HS* signature with the secret this command prints (split like a shell would, run without one) [env: JWTMINT_SECRET_COMMAND]
    --passphrase-file: path   # The passphrase of an encrypted private key given to --key [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # The passphrase of an encrypted private key: what this command prints [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint inspect color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    token?: string            # The token, or a URL, header or JSON body that carries one (`-` or nothing: stdin)
  ]

  def "nu-complete jwtmint keygen key_type" [] {
    [ "rsa" "ec" "ed25519" "secret" ]
  }

  def "nu-complete jwtmint keygen bits" [] {
    [ "2048" "3072" "4096" ]
  }

  def "nu-complete jwtmint keygen curve" [] {
    [ "P-256" "P-384" "P-521" "secp256k1" ]
  }

  def "nu-complete jwtmint keygen format" [] {
    [ "pem" "jwk" ]
  }

  def "nu-complete jwtmint keygen color" [] {
    [ "auto" "always" "never" ]
  }

  # Make a key pair (or a secret) for a service.
  export extern "jwtmint keygen" [
    --type: string@"nu-complete jwtmint keygen key_type" # What to make
    --bits: string@"nu-complete jwtmint keygen bits" # RSA modulus size [default: 2048]
    --curve: string@"nu-complete jwtmint keygen curve" # EC curve [default: P-256]: P-256 (ES256), P-384 (ES384), P-521 (ES512), secp256k1 (ES256K)
    --bytes: string           # Length of a `--type secret` in random bytes, printed as twice as many hex digits [default: 32]
    --out: path               # Write the private key (or the secret) here, mode 0600. Required for rsa, ec, ed25519
    --public-out: path        # Write the public key here instead of printing it
    --force                   # Overwrite existing files
    --no-encrypt              # Write the private key unencrypted (plain PKCS#8)
    --format: string@"nu-complete jwtmint keygen format" # How to write the private key: pem (PKCS#8) or jwk [default: pem]
    --jwks-out: path          # Also write the public key as a JWKS here ({"keys":[…]}, kid = thumbprint, use "sig", alg)
    --passphrase-file: path   # Read the new key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the new key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint keygen color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint completions shell" [] {
    [ "bash" "zsh" "fish" "powershell" "elvish" "nushell" ]
  }

  def "nu-complete jwtmint completions color" [] {
    [ "auto" "always" "never" ]
  }

  # Print a shell completion script.
  export extern "jwtmint completions" [
    --install                 # Write the script where the shell looks for it, and say where on stderr
    --color: string@"nu-complete jwtmint completions color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    shell: string@"nu-complete jwtmint completions shell" # The shell to complete for.
  ]

  def "nu-complete jwtmint formio alg" [] {
    [ "HS256" "HS384" "HS512" ]
  }

  def "nu-complete jwtmint formio format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint formio color" [] {
    [ "auto" "always" "never" ]
  }

  # Form.io on-premise SSO: a token the server accepts as an external user.
  export extern "jwtmint formio" [
    --project: string         # The project's id (24 hex digits).
    --form: string            # The user resource form's id (24 hex digits).
    --role: string            # A role id (24 hex digits); repeatable, at least one.
    --data: string            # A field of user.data: KEY=VALUE or KEY:=JSON; dotted keys nest. Repeatable.
    --data-file: path         # Take user.data from a JSON object in this file (`-` = standard input); --data adds to it.
    --admin                   # Make the user an administrator (isAdmin: true).
    --no-admin                # Turn off --admin (as set by a profile)
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint formio alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint formio format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint formio color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint realm alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint realm format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint realm color" [] {
    [ "auto" "always" "never" ]
  }

  # Realm Object Server's JWT provider: an RS256 token with a string userId.
  export extern "jwtmint realm" [
    --user-id: string         # The user's id; always signed as a JSON string.
    --admin                   # Make the user a Realm administrator (isAdmin: true).
    --no-admin                # Turn off --admin (as set by a profile)
    --user-id-claim: string   # The claim that carries the user id: the server's userIdFieldName.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint realm alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint realm format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint realm color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint developerhub alg" [] {
    [ "HS256" "HS512" ]
  }

  def "nu-complete jwtmint developerhub format" [] {
    [ "url" "token" "json" "claims" ]
  }

  def "nu-complete jwtmint developerhub color" [] {
    [ "auto" "always" "never" ]
  }

  # DeveloperHub docs reader login: prints the signed docs URL.
  export extern "jwtmint developerhub" [
    --docs-url: string        # The docs site's URL (absolute http/https); the token is appended as jwt=TOKEN.
    --var: string             # A field of vars: KEY=VALUE or KEY:=JSON; dotted keys nest (user.name=Joe). Repeatable.
    --vars-file: path         # Take vars from a JSON object in this file (`-` = standard input); --var adds to it.
    --error-redirect-url: string # Where DeveloperHub sends the reader when the token is refused.
    --single-use              # Make the link single-use (adds a random jti; a second visit is refused).
    --no-single-use           # Turn off --single-use (as set by a profile)
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint developerhub alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint developerhub format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint developerhub color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint tinymce product" [] {
    [ "drive" "ai" "export" ]
  }

  def "nu-complete jwtmint tinymce alg" [] {
    [ "RS256" "RS384" "RS512" "PS256" "PS384" "PS512" ]
  }

  def "nu-complete jwtmint tinymce format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint tinymce color" [] {
    [ "auto" "always" "never" ]
  }

  # Tiny Cloud (TinyMCE premium services): Tiny Drive, TinyMCE AI and export/import.
  export extern "jwtmint tinymce" [
    --product: string@"nu-complete jwtmint tinymce product" # Which Tiny Cloud service the token is for: drive (Tiny Drive: sub, name and an optional drive root), ai (TinyMCE AI: aud (API key), sub and permissions) or export (Export to PDF/Word and Import from Word: aud (API key)).
    --sub: string             # The user's id (drive, ai); may contain `:` only as a valid URI.
    --name: string            # The user's full name (drive).
    --drive-root: string      # The user's root folder in Tiny Drive, e.g. /johndoe (drive).
    --api-key: string         # Your Tiny Cloud API key, signed as aud (ai, export).
    --permission: string      # An AI permission for auth.ai.permissions (ai); repeatable.
    --user-name: string       # user.name (ai).
    --user-email: string      # user.email (ai).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint tinymce alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint tinymce format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint tinymce color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint tiledesk role" [] {
    [ "owner" "admin" "agent" ]
  }

  def "nu-complete jwtmint tiledesk alg" [] {
    [ "HS256" "HS384" "HS512" ]
  }

  def "nu-complete jwtmint tiledesk format" [] {
    [ "token" "json" "header" "url" "claims" ]
  }

  def "nu-complete jwtmint tiledesk color" [] {
    [ "auto" "always" "never" ]
  }

  # Tiledesk custom authentication: a token for signInWithCustomToken.
  export extern "jwtmint tiledesk" [
    --project: string         # The Tiledesk project id.
    --user-id: string         # The user's id, signed as _id (only letters, digits, `_` and `-`).
    --firstname: string       # The user's first name.
    --lastname: string        # The user's last name.
    --email: string           # The user's email.
    --attr: string            # A custom attribute: KEY=VALUE or KEY:=JSON. Repeatable.
    --role: string@"nu-complete jwtmint tiledesk role" # Make sign-in create a real agent account with this role (needs --email).
    --audience-base: string   # The base of aud; the server reads the project id from its path.
    --url: string             # The page that embeds the widget: prints PAGE?tiledesk_jwt=JWT%20TOKEN.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint tiledesk alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint tiledesk format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint tiledesk color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint firebase alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint firebase format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint firebase color" [] {
    [ "auto" "always" "never" ]
  }

  # Firebase custom token: sign an app user in with signInWithCustomToken.
  export extern "jwtmint firebase" [
    --uid: string             # The user's uid (1 to 128 characters): the account the app signs in as.
    --tenant-id: string       # Sign in to this Identity Platform tenant (`tenant_id`).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint firebase alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint firebase format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint firebase color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint google alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint google format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint google color" [] {
    [ "auto" "always" "never" ]
  }

  # Google service-account JWT: a self-signed access token or the OAuth assertion.
  export extern "jwtmint google" [
    --aud: string             # Self-signed JWT for one API: `aud` = https://SERVICE.googleapis.com/ (with the slash).
    --scope: string           # An OAuth scope (repeatable): https://www.googleapis.com/auth/cloud-platform.
    --oauth                   # Mint the OAuth JWT-bearer assertion (`aud` = token_uri) instead of a self-signed JWT.
    --no-oauth                # Turn off --oauth (as set by a profile)
    --subject: string         # With --oauth --scope: the Workspace user to act as (domain-wide delegation), as `sub`.
    --target-audience: string # With --oauth: ask for an ID token for this audience (a Cloud Run URL or an IAP client id).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint google alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint google format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint google color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint snowflake alg" [] {
    [ "RS256" "ES256" "ES384" ]
  }

  def "nu-complete jwtmint snowflake format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint snowflake color" [] {
    [ "auto" "always" "never" ]
  }

  # Snowflake key-pair JWT for the SQL API and drivers.
  export extern "jwtmint snowflake" [
    --account: string         # The account identifier: myorg-myaccount, or a locator such as xy12345.us-east-2.aws.
    --user: string            # The Snowflake user whose RSA_PUBLIC_KEY matches --key (signed in upper case).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint snowflake alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint snowflake format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint snowflake color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint entra alg" [] {
    [ "PS256" "RS256" ]
  }

  def "nu-complete jwtmint entra format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint entra color" [] {
    [ "auto" "always" "never" ]
  }

  # Microsoft Entra ID client assertion: a certificate credential instead of a secret.
  export extern "jwtmint entra" [
    --cert: string            # The certificate uploaded to the app registration (PEM or DER), for --key's key.
    --tenant: string          # The directory (tenant) id, or a verified domain such as contoso.onmicrosoft.com.
    --client-id: string       # The application (client) id: `iss` and `sub`.
    --authority: string       # The authority host, for national clouds: https://login.microsoftonline.us, https://login.partner.microsoftonline.cn.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint entra alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint entra format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint entra color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint github-app alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint github-app format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint github-app color" [] {
    [ "auto" "always" "never" ]
  }

  # GitHub App JWT: authenticates as the app, to get installation tokens.
  export extern "jwtmint github-app" [
    --app-id: string          # The App ID (a number; iss is a JSON number). Give this or --client-id.
    --client-id: string       # The app's Client ID (Iv1.… or Iv23…; iss is a string), which GitHub now recommends. Give this or --app-id.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint github-app alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint github-app format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint github-app color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint app-store-connect alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint app-store-connect format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint app-store-connect color" [] {
    [ "auto" "always" "never" ]
  }

  # App Store Connect API token (and, with --bundle-id, an App Store Server API token).
  export extern "jwtmint app-store-connect" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --issuer-id: string       # Your issuer id (iss), from the Keys page of App Store Connect, for a team key. Give this or --individual.
    --individual              # The key is an individual key: sub: "user" and no iss. Give this or --issuer-id.
    --no-individual           # Turn off --individual (as set by a profile)
    --scope: string           # Limit the token to one request, like 'GET /v1/apps?filter[platform]=IOS' (scope is always an array). Repeatable.
    --bundle-id: string       # Mint the App Store Server API variant for this app (bid claim; at most 60m; needs --issuer-id).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint app-store-connect alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint app-store-connect format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint app-store-connect color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint apns alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint apns format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint apns color" [] {
    [ "auto" "always" "never" ]
  }

  # Apple Push Notification service provider token (token-based APNs authentication).
  export extern "jwtmint apns" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --team-id: string         # Your 10-character Apple Developer Team ID (iss).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint apns alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint apns format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint apns color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint apple-client-secret alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint apple-client-secret format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint apple-client-secret color" [] {
    [ "auto" "always" "never" ]
  }

  # Sign in with Apple client secret: the JWT sent as client_secret to Apple's token endpoint.
  export extern "jwtmint apple-client-secret" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --team-id: string         # Your 10-character Apple Developer Team ID (iss).
    --client-id: string       # The client id (sub): the Services ID for web sign-in, the bundle id for native apps. Case-sensitive.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint apple-client-secret alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint apple-client-secret format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint apple-client-secret color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint ghost alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint ghost format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint ghost color" [] {
    [ "auto" "always" "never" ]
  }

  # Ghost Admin API token, for publishing scripts and integrations.
  export extern "jwtmint ghost" [
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint ghost alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint ghost format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint ghost color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint livekit alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint livekit format" [] {
    [ "token" "url" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint livekit color" [] {
    [ "auto" "always" "never" ]
  }

  # LiveKit access token: join a room as a participant, or call the server APIs.
  export extern "jwtmint livekit" [
    --api-key: string         # The LiveKit API key (APIxxxxxxxx), signed as iss; its secret goes in --secret-file.
    --identity: string        # The participant's identity, signed as sub.
    --room: string            # The room to join: grants roomJoin, room, canPublish, canSubscribe and canPublishData.
    --name: string            # The participant's display name.
    --metadata: string        # The participant's metadata (a string; JSON text stays a string).
    --attr: string            # A participant attribute (string to string). Repeatable.
    --grant: string           # A video grant by LiveKit's camelCase name: NAME (true), NAME=false, canPublishSources=camera,microphone, destinationRoom=ROOM. Repeatable.
    --url: string             # The LiveKit server (wss://HOST): prints wss://HOST?access_token=TOKEN.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint livekit alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint livekit format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint livekit color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint metabase bordered" [] {
    [ "true" "false" ]
  }

  def "nu-complete jwtmint metabase titled" [] {
    [ "true" "false" ]
  }

  def "nu-complete jwtmint metabase theme" [] {
    [ "night" "transparent" ]
  }

  def "nu-complete jwtmint metabase alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint metabase format" [] {
    [ "url" "token" "json" "claims" ]
  }

  def "nu-complete jwtmint metabase color" [] {
    [ "auto" "always" "never" ]
  }

  # Metabase static embedding: prints the signed embed URL of a dashboard or question.
  export extern "jwtmint metabase" [
    --site-url: string        # The Metabase site's URL.
    --dashboard: string       # Embed this dashboard (a positive integer).
    --question: string        # Embed this question (a positive integer).
    --param: string           # A locked parameter's value: SLUG=VALUE or SLUG:=JSON (an array for several). Repeatable.
    --bordered: string@"nu-complete jwtmint metabase bordered" # The #bordered= display option.
    --titled: string@"nu-complete jwtmint metabase titled" # The #titled= display option.
    --theme: string@"nu-complete jwtmint metabase theme" # The #theme= display option.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint metabase alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint metabase format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint metabase color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint zendesk role" [] {
    [ "end-user" "agent" "admin" ]
  }

  def "nu-complete jwtmint zendesk alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint zendesk format" [] {
    [ "url" "token" "json" "claims" ]
  }

  def "nu-complete jwtmint zendesk color" [] {
    [ "auto" "always" "never" ]
  }

  # Zendesk JWT single sign-on: prints the login link.
  export extern "jwtmint zendesk" [
    --subdomain: string       # The Zendesk subdomain (SUB.zendesk.com).
    --email: string           # The user's email.
    --name: string            # The user's name.
    --external-id: string     # The user's id in your system (external_id).
    --organization: string    # The user's organization.
    --tag: string             # A user tag. Repeatable.
    --user-field: string      # A custom user field: KEY=VALUE or KEY:=JSON. Repeatable.
    --return-to: string       # Where Zendesk sends the user after sign-in.
    --role: string@"nu-complete jwtmint zendesk role" # The user's role: end-user, or agent/admin (staff rights). Never the default.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint zendesk alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint zendesk format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint zendesk color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint gitbook alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint gitbook format" [] {
    [ "url" "token" "json" "claims" ]
  }

  def "nu-complete jwtmint gitbook color" [] {
    [ "auto" "always" "never" ]
  }

  # GitBook visitor authentication: prints the signed link to a docs site.
  export extern "jwtmint gitbook" [
    --site-url: string        # The docs site's URL.
    --path: string            # The page to open on the site.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint gitbook alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint gitbook format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint gitbook color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint meilisearch alg" [] {
    [ "HS256" "HS384" "HS512" ]
  }

  def "nu-complete jwtmint meilisearch format" [] {
    [ "token" "header" "json" "claims" ]
  }

  def "nu-complete jwtmint meilisearch color" [] {
    [ "auto" "always" "never" ]
  }

  # Meilisearch tenant token: a search-only token limited to some indexes and filters.
  export extern "jwtmint meilisearch" [
    --api-key-uid: string     # The `uid` of the API key whose value signs the token (GET /keys shows it): `apiKeyUid`.
    --search-rules: string    # `searchRules` as JSON: an array of index names (["*"] for all the parent key reaches), or an object of index name to null, {} or {"filter": "…"}.
    --index: string           # An index the token may search, with the filter applied to every search of it (the tenant boundary: tenant_id = 42). Repeatable.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint meilisearch alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint meilisearch format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint meilisearch color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint musickit alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint musickit format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint musickit color" [] {
    [ "auto" "always" "never" ]
  }

  # Apple MusicKit developer token, for the Apple Music API and MusicKit on the web.
  export extern "jwtmint musickit" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --team-id: string         # Your 10-character Apple Developer Team ID (iss).
    --origin: string          # A web origin allowed to use the token, as the browser sends it: scheme and host, and a port if not the default (https://example.com). Repeatable.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint musickit alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint musickit format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint musickit color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint weatherkit alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint weatherkit format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint weatherkit color" [] {
    [ "auto" "always" "never" ]
  }

  # Apple WeatherKit REST API token.
  export extern "jwtmint weatherkit" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --team-id: string         # Your 10-character Apple Developer Team ID (iss).
    --service-id: string      # The Services ID registered for WeatherKit (sub, and the header id TEAMID.SERVICEID), e.g. com.example.weather.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint weatherkit alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint weatherkit format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint weatherkit color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint mapkit alg" [] {
    [ "ES256" ]
  }

  def "nu-complete jwtmint mapkit format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint mapkit color" [] {
    [ "auto" "always" "never" ]
  }

  # Apple MapKit JS and Maps Server API token.
  export extern "jwtmint mapkit" [
    --key-id: string          # The key's 10-character id (header kid). Default: the KEYID of a key file named AuthKey_KEYID.p8, as Apple names the download.
    --team-id: string         # Your 10-character Apple Developer Team ID (iss).
    --scope: string           # What the token may do: server_api, mapkit_js, web_snapshots, embed_api, several separated by spaces or commas.
    --origin: string          # Where a browser may use the token (origin): a domain, *.example.com, or several separated by commas; written into the token as given. Required for mapkit_js, web_snapshots and embed_api.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint mapkit alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint mapkit format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint mapkit color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint mux type" [] {
    [ "video" "thumbnail" "gif" "storyboard" "drm_license" ]
  }

  def "nu-complete jwtmint mux alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint mux format" [] {
    [ "token" "json" "url" "claims" ]
  }

  def "nu-complete jwtmint mux color" [] {
    [ "auto" "always" "never" ]
  }

  # Mux signed playback, thumbnail, gif, storyboard and DRM license token.
  export extern "jwtmint mux" [
    --key-id: string          # The URL signing key's id (the `id` Mux returns with the key; MUX_SIGNING_KEY in Mux's SDKs). Written as the claim kid.
    --playback-id: string     # The signed playback ID the token opens (sub).
    --type: string@"nu-complete jwtmint mux type" # What the token opens (aud): video (v), thumbnail (t), gif (g), storyboard (s) or drm_license (d).
    --param: string           # A playback or image modifier carried in the token, as a string (time=10, width=640, max_resolution=720p…). Repeatable.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint mux alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint mux format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint mux color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint zoom sdk" [] {
    [ "meeting" "video" ]
  }

  def "nu-complete jwtmint zoom alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint zoom format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint zoom color" [] {
    [ "auto" "always" "never" ]
  }

  # Zoom Meeting SDK or Video SDK signature, the JWT a Zoom SDK joins with.
  export extern "jwtmint zoom" [
    --sdk: string@"nu-complete jwtmint zoom sdk" # Which SDK the signature is for: `meeting` (Meeting SDK) or `video` (Video SDK). Their credentials and tokens are not interchangeable.
    --sdk-key: string         # The app's Client ID ("SDK key" on older apps); the secret is the Client Secret (--secret-file).
    --session: string         # Video SDK: the session topic (tpc), at most 200 characters, exactly as passed to client.join(topic, …).
    --meeting-number: string  # Meeting SDK: the meeting or webinar number (mn); spaces are dropped, so `812 3456 7890` works. Without it the token carries no meeting and no role (a native SDK's init token).
    --host                    # Join as host: role 1 (Meeting SDK; starting a meeting also needs the host's ZAK) or role_type 1 (Video SDK). Without it: attendee / participant (0).
    --no-host                 # Turn off --host (as set by a profile)
    --user-identity: string   # Video SDK: your own id for the user (user_identity), under 35 characters.
    --session-key: string     # Video SDK: your own id for the session (session_key), under 36 characters.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint zoom alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint zoom format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint zoom color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint twilio alg" [] {
    [ "HS256" "HS384" "HS512" ]
  }

  def "nu-complete jwtmint twilio format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint twilio color" [] {
    [ "auto" "always" "never" ]
  }

  # Twilio Access Token, for the Video, Voice, Conversations/Chat, Sync and TaskRouter client SDKs.
  export extern "jwtmint twilio" [
    --account-sid: string     # The Account SID (sub): AC followed by 32 hex digits.
    --api-key: string         # The API Key SID (iss): SK followed by 32 hex digits. The secret is that API Key's secret (--secret-file), not the account's Auth Token.
    --identity: string        # The user the token acts for (grants.identity); required with every grant but TaskRouter's.
    --video-room: string      # Video grant: join this room (video.room); without a value, any room.
    --voice-app: string       # Voice grant: outgoing calls through this TwiML App (voice.outgoing.application_sid).
    --voice-param: string     # Voice grant: a parameter passed to the TwiML App's voice URL (voice.outgoing.params); repeatable, needs --voice-app.
    --voice-incoming          # Voice grant: receive incoming calls to the identity (voice.incoming.allow).
    --no-voice-incoming       # Turn off --voice-incoming (as set by a profile)
    --voice-push-credential: string # Voice grant: the push credential for incoming-call notifications (voice.push_credential_sid).
    --chat-service: string    # Chat grant, also for Conversations: the service (chat.service_sid).
    --chat-push-credential: string # Chat grant: the push credential for notifications (chat.push_credential_sid); needs --chat-service.
    --sync-service: string    # Sync grant: the Sync service (data_sync.service_sid; Twilio names the grant data_sync).
    --task-router-workspace: string # TaskRouter grant: the workspace (task_router.workspace_sid); needs --task-router-worker.
    --task-router-worker: string # TaskRouter grant: the worker (task_router.worker_sid).
    --task-router-role: string # TaskRouter grant: the worker's role (task_router.role), as Flex names it.
    --region: string          # The Twilio region the token is for (header twr), like ie1 or au1; none: the default (us1).
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint twilio alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint twilio format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint twilio color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint stream alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint stream format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint stream color" [] {
    [ "auto" "always" "never" ]
  }

  # Stream (getstream.io) Chat or Feeds token: a user token, a Chat server token or a Feeds scope token.
  export extern "jwtmint stream" [
    --user-id: string         # A user token for this user (user_id), for a client SDK; with --feeds-scope, the user the scope token is for.
    --server                  # A Chat server token (server: true): full backend rights over the app. Keep it on servers.
    --no-server               # Turn off --server (as set by a profile)
    --feeds-scope: string     # A Feeds scope token: resource and action, each a name or `*` (`feed:read`, `activities:*`, `*:*`). Actions: read, write, delete, *.
    --feed-id: string         # With --feeds-scope: the feed the token is for (feed_id), slug and user id run together as Stream writes it (`user1` for user:1), or `*`; repeatable.
    --call-cid: string        # With --user-id, a Video call token: a call the user may join (call_cids), TYPE:ID like default:standup; repeatable.
    --role: string            # With --call-cid: the user's role in those calls (role), like admin or host.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint stream alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint stream format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint stream color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint vonage alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint vonage format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint vonage color" [] {
    [ "auto" "always" "never" ]
  }

  # Vonage application JWT, for the Vonage APIs and the Client SDK.
  export extern "jwtmint vonage" [
    --application-id: string  # The Vonage application's id (application_id), a UUID; the key is that application's private.key (--key).
    --acl: string             # An API path the Client SDK user may use (acl.paths), like `/*/users/**` or `/*/conversations/**`; repeatable.
    --sub: string             # The Client SDK user the token acts as (sub): the user's name in the application.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint vonage alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint vonage format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint vonage color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint coinbase-cdp alg" [] {
    [ "ES256" "EdDSA" ]
  }

  def "nu-complete jwtmint coinbase-cdp format" [] {
    [ "token" "json" "header" "claims" ]
  }

  def "nu-complete jwtmint coinbase-cdp color" [] {
    [ "auto" "always" "never" ]
  }

  # Coinbase Developer Platform API key JWT: a 2-minute token for one request.
  export extern "jwtmint coinbase-cdp" [
    --key-name: string        # The API key id: a UUID (Ed25519 keys) or organizations/ORG/apiKeys/ID (ECDSA keys). It is `kid` and `sub`.
    --uri: string             # The request the token is for, as 'GET api.cdp.coinbase.com/platform/v1/wallets': method, a space, host and path, without scheme or query (repeatable; the SDK writes one per token). `uris`.
    --websocket               # A websocket token: no `uris` (instead of --uri).
    --no-websocket            # Turn off --websocket (as set by a profile)
    --audience: string        # Add this to `aud` (repeatable; the SDK's optional `audience`). CDP's REST calls need none.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint coinbase-cdp alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint coinbase-cdp format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint coinbase-cdp color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint docusign alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint docusign format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint docusign color" [] {
    [ "auto" "always" "never" ]
  }

  # DocuSign JWT Grant assertion: an integration acts for a user.
  export extern "jwtmint docusign" [
    --integration-key: string # The integration key (the app's client id, a GUID from Apps and Keys): `iss`.
    --user: string            # The API user id (a GUID, shown as "User ID" on the user's page; not the email) to act for: `sub`.
    --demo                    # The developer (demo) environment: `aud` = account-d.docusign.com instead of account.docusign.com.
    --no-demo                 # Turn off --demo (as set by a profile)
    --scope: string           # A scope to ask for (repeatable, or several separated by spaces); default "signature impersonation". `impersonation` is needed to act for a user.
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint docusign alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint docusign format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint docusign color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint salesforce alg" [] {
    [ "RS256" ]
  }

  def "nu-complete jwtmint salesforce format" [] {
    [ "token" "json" "claims" ]
  }

  def "nu-complete jwtmint salesforce color" [] {
    [ "auto" "always" "never" ]
  }

  # Salesforce OAuth 2.0 JWT bearer assertion: a connected app logs in as a user.
  export extern "jwtmint salesforce" [
    --consumer-key: string    # The connected app's consumer key (client id): `iss`.
    --username: string        # The Salesforce username to log in as (user@example.com; for an Experience Cloud site, the site user's): `sub`.
    --audience: string        # `aud`: login (https://login.salesforce.com, production), test (https://test.salesforce.com, sandboxes) or an Experience Cloud site's https URL (https://SITE.my.site.com/customers).
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --kid-thumbprint          # Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --x5c-cert: path          # Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header
    --x5t-cert: path          # Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint salesforce alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint salesforce format" # What to print: one of the subcommand's formats, the first listed is the default
    --key: path               # Sign with this private key (`-` = standard input) [env: JWTMINT_KEY_FILE]
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint salesforce color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint atlassian-connect alg" [] {
    [ "HS256" ]
  }

  def "nu-complete jwtmint atlassian-connect format" [] {
    [ "token" "header" "url" "json" "claims" ]
  }

  def "nu-complete jwtmint atlassian-connect color" [] {
    [ "auto" "always" "never" ]
  }

  # Atlassian Connect JWT: an app calls Jira or Confluence with the tenant's shared secret.
  export extern "jwtmint atlassian-connect" [
    --issuer: string          # `iss`: the app's `key` (atlassian-connect.json) when the app calls the product; the tenant's `clientKey` when the token stands for the product calling the app.
    --method: string          # The HTTP method of the request the token is for (any case; hashed upper-case).
    --url: string             # The request the token is for: a full URL under --base-url, or a path relative to it (/rest/api/3/issue/KEY-1?expand=names). Its path and query make `qsh`.
    --base-url: string        # The product's base URL from the `installed` callback (https://SITE.atlassian.net, or https://SITE.atlassian.net/wiki for Confluence): `qsh` hashes the path below it. Default: the origin of an absolute --url.
    --context-qsh             # `qsh` = "context-qsh": a context token (the product calling the app's page or a `context` JWT), bound to no request. Not with --url or --method.
    --no-context-qsh          # Turn off --context-qsh (as set by a profile)
    --sub: string             # `sub`: the user's Atlassian accountId, as the product sets it when it calls the app. Never taken from the environment or a profile.
    --secret-env: string      # Read the HMAC secret from this environment variable (give its name)
    --secret-encoding: string # How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --claims-file: path       # Take claims from a JSON object in this file (`-` = standard input)
    --claim: string           # Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable
    --iat: string             # Set `iat` (default: now). Relative times count from it
    --no-iat                  # Do not add `iat`
    --expires-in: string      # Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m
    --exp: string             # Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`)
    --no-exp                  # Do not add `exp`, where the service accepts tokens without one
    --nbf: string             # Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`)
    --allow-expired           # Allow an `exp` that is not after `iat` (to test how a service handles expired tokens)
    --kid: string             # Set the `kid` (key id) header; with a JWKS as --key, also picks that key
    --header: string          # Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable
    --typ: string             # Set the `typ` header
    --batch: path             # Mint one token per line of this file (`-` = standard input): JSON objects of options
    --keep-going              # With --batch: report a bad line on stderr, print an empty line in its place and go on (exit status 1 at the end), instead of stopping at the first bad line
    --jobs: string            # With --batch: how many tokens to sign at once [default: one per core for a key file, 16 for a key in a store (KMS, Vault, PKCS#11)]
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --alg: string@"nu-complete jwtmint atlassian-connect alg" # Signing algorithm; the subcommand's help lists which it accepts
    --format: string@"nu-complete jwtmint atlassian-connect format" # What to print: one of the subcommand's formats, the first listed is the default
    --secret-file: path       # Read the HMAC secret from this file (`-` = standard input) [env: JWTMINT_SECRET]
    --secret-command: string  # Run this command and sign with what it prints [env: JWTMINT_SECRET_COMMAND]
    --color: string@"nu-complete jwtmint atlassian-connect color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint public-key format" [] {
    [ "pem" "jwk" "jwks" ]
  }

  def "nu-complete jwtmint public-key for" [] {
    [ "snowflake" ]
  }

  def "nu-complete jwtmint public-key alg" [] {
    [ "RS256" "RS384" "RS512" "PS256" "PS384" "PS512" "ES256" "ES384" "ES512" "ES256K" "EdDSA" ]
  }

  def "nu-complete jwtmint public-key color" [] {
    [ "auto" "always" "never" ]
  }

  # Print the public key of a private key, as PEM, JWK or JWKS, or its thumbprint.
  export extern "jwtmint public-key" [
    --key: path               # The private key (`-` = standard input)
    --pkcs11-module: path     # The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path [env: JWTMINT_PKCS11_MODULE]
    --format: string@"nu-complete jwtmint public-key format" # What to print: pem, jwk or jwks [default: pem]
    --thumbprint              # Print only the RFC 7638 SHA-256 thumbprint (base64url), the JWKS's kid
    --for: string@"nu-complete jwtmint public-key for" # Print the public key in the form this service asks for (`--NAME` is the same)
    --kid: string             # Pick the private key with this `kid` from a JWKS
    --alg: string@"nu-complete jwtmint public-key alg" # The `alg` of the JWK or JWKS entry (default: the key's natural algorithm, e.g. RS256)
    --passphrase-file: path   # Read the key's passphrase from this file (`-` = standard input) [env: JWTMINT_PASSPHRASE]
    --passphrase-command: string # Run this command for the key's passphrase [env: JWTMINT_PASSPHRASE_COMMAND]
    --color: string@"nu-complete jwtmint public-key color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint config color" [] {
    [ "auto" "always" "never" ]
  }

  # Show the config file, its profiles, and the settings in force.
  export extern "jwtmint config" [
    --color: string@"nu-complete jwtmint config color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint config path color" [] {
    [ "auto" "always" "never" ]
  }

  # Print the config file's path.
  export extern "jwtmint config path" [
    --color: string@"nu-complete jwtmint config path color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint config profiles color" [] {
    [ "auto" "always" "never" ]
  }

  # List the config file's profiles, one a line.
  export extern "jwtmint config profiles" [
    --color: string@"nu-complete jwtmint config profiles color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete jwtmint config show format" [] {
    [ "text" "json" ]
  }

  def "nu-complete jwtmint config show command" [] {
    [ "sign" "formio" "realm" "developerhub" "tinymce" "tiledesk" "firebase" "google" "snowflake" "entra" "github-app" "app-store-connect" "apns" "apple-client-secret" "ghost" "livekit" "jitsi" "supabase" "hasura" "metabase" "zendesk" "gitbook" "meilisearch" "musickit" "weatherkit" "mapkit" "mux" "zoom" "twilio" "stream" "vonage" "coinbase-cdp" "docusign" "salesforce" "atlassian-connect" "client-assertion" "postgrest" "inspect" ]
  }

  def "nu-complete jwtmint config show color" [] {
    [ "auto" "always" "never" ]
  }

  # Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).
  export extern "jwtmint config show" [
    --profile: string         # Take settings from this profile of the config file (see `jwtmint config`)
    --format: string@"nu-complete jwtmint config show format" # text, or one JSON document: each setting with its value (a secret's source, never its value) and its origin. Give it before SUBCOMMAND: after it, --format is that subcommand's own
    --color: string@"nu-complete jwtmint config show color" # Colour errors, warnings and inspect's verdict on stderr
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    ...command: string@"nu-complete jwtmint config show command" # A minting subcommand or `inspect`, with any of its flags [default: every subcommand the profile sets]
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "jwtmint config help" [
  ]

  # Print the config file's path.
  export extern "jwtmint config help path" [
  ]

  # List the config file's profiles, one a line.
  export extern "jwtmint config help profiles" [
  ]

  # Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).
  export extern "jwtmint config help show" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "jwtmint config help help" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "jwtmint help" [
  ]

  # Mint a token with any claims and any algorithm.
  export extern "jwtmint help sign" [
  ]

  # Jitsi Meet token authentication (prosody's token plugin): a token to enter a room.
  export extern "jwtmint help jitsi" [
  ]

  # Supabase Auth and API tokens: a user's access token, or the anon / service_role key form.
  export extern "jwtmint help supabase" [
  ]

  # Hasura GraphQL Engine: a token carrying Hasura's session variables.
  export extern "jwtmint help hasura" [
  ]

  # RFC 7523 client assertion (private_key_jwt, or client_secret_jwt with a secret) for any OAuth 2.0 server.
  export extern "jwtmint help client-assertion" [
  ]

  # PostgREST: a token that runs requests as a database role.
  export extern "jwtmint help postgrest" [
  ]

  # Serve tokens over HTTP: a token provider, a login URL, a JWKS and an OpenID discovery document.
  export extern "jwtmint help serve" [
  ]

  # Serve sign tokens over HTTP.
  export extern "jwtmint help serve sign" [
  ]

  # Serve Form.io tokens over HTTP.
  export extern "jwtmint help serve formio" [
  ]

  # Serve Realm tokens over HTTP.
  export extern "jwtmint help serve realm" [
  ]

  # Serve DeveloperHub tokens over HTTP.
  export extern "jwtmint help serve developerhub" [
  ]

  # Serve Tiny Cloud tokens over HTTP.
  export extern "jwtmint help serve tinymce" [
  ]

  # Serve Tiledesk tokens over HTTP.
  export extern "jwtmint help serve tiledesk" [
  ]

  # Serve Firebase tokens over HTTP.
  export extern "jwtmint help serve firebase" [
  ]

  # Serve Google tokens over HTTP.
  export extern "jwtmint help serve google" [
  ]

  # Serve Snowflake tokens over HTTP.
  export extern "jwtmint help serve snowflake" [
  ]

  # Serve Microsoft Entra ID tokens over HTTP.
  export extern "jwtmint help serve entra" [
  ]

  # Serve GitHub tokens over HTTP.
  export extern "jwtmint help serve github-app" [
  ]

  # Serve App Store Connect tokens over HTTP.
  export extern "jwtmint help serve app-store-connect" [
  ]

  # Serve APNs tokens over HTTP.
  export extern "jwtmint help serve apns" [
  ]

  # Serve Sign in with Apple tokens over HTTP.
  export extern "jwtmint help serve apple-client-secret" [
  ]

  # Serve Ghost tokens over HTTP.
  export extern "jwtmint help serve ghost" [
  ]

  # Serve LiveKit tokens over HTTP.
  export extern "jwtmint help serve livekit" [
  ]

  # Serve Jitsi tokens over HTTP.
  export extern "jwtmint help serve jitsi" [
  ]

  # Serve Supabase tokens over HTTP.
  export extern "jwtmint help serve supabase" [
  ]

  # Serve Hasura tokens over HTTP.
  export extern "jwtmint help serve hasura" [
  ]

  # Serve Metabase tokens over HTTP.
  export extern "jwtmint help serve metabase" [
  ]

  # Serve Zendesk tokens over HTTP.
  export extern "jwtmint help serve zendesk" [
  ]

  # Serve GitBook tokens over HTTP.
  export extern "jwtmint help serve gitbook" [
  ]

  # Serve Meilisearch tokens over HTTP.
  export extern "jwtmint help serve meilisearch" [
  ]

  # Serve MusicKit tokens over HTTP.
  export extern "jwtmint help serve musickit" [
  ]

  # Serve WeatherKit tokens over HTTP.
  export extern "jwtmint help serve weatherkit" [
  ]

  # Serve MapKit tokens over HTTP.
  export extern "jwtmint help serve mapkit" [
  ]

  # Serve Mux tokens over HTTP.
  export extern "jwtmint help serve mux" [
  ]

  # Serve Zoom tokens over HTTP.
  export extern "jwtmint help serve zoom" [
  ]

  # Serve Twilio tokens over HTTP.
  export extern "jwtmint help serve twilio" [
  ]

  # Serve Stream tokens over HTTP.
  export extern "jwtmint help serve stream" [
  ]

  # Serve Vonage tokens over HTTP.
  export extern "jwtmint help serve vonage" [
  ]

  # Serve Coinbase Developer Platform tokens over HTTP.
  export extern "jwtmint help serve coinbase-cdp" [
  ]

  # Serve DocuSign tokens over HTTP.
  export extern "jwtmint help serve docusign" [
  ]

  # Serve Salesforce tokens over HTTP.
  export extern "jwtmint help serve salesforce" [
  ]

  # Serve Atlassian Connect tokens over HTTP.
  export extern "jwtmint help serve atlassian-connect" [
  ]

  # Serve OAuth 2.0 client authentication tokens over HTTP.
  export extern "jwtmint help serve client-assertion" [
  ]

  # Serve PostgREST tokens over HTTP.
  export extern "jwtmint help serve postgrest" [
  ]

  # Show what is inside a token, check its signature and a service's rules.
  export extern "jwtmint help inspect" [
  ]

  # Make a key pair (or a secret) for a service.
  export extern "jwtmint help keygen" [
  ]

  # Print a shell completion script.
  export extern "jwtmint help completions" [
  ]

  # Form.io on-premise SSO: a token the server accepts as an external user.
  export extern "jwtmint help formio" [
  ]

  # Realm Object Server's JWT provider: an RS256 token with a string userId.
  export extern "jwtmint help realm" [
  ]

  # DeveloperHub docs reader login: prints the signed docs URL.
  export extern "jwtmint help developerhub" [
  ]

  # Tiny Cloud (TinyMCE premium services): Tiny Drive, TinyMCE AI and export/import.
  export extern "jwtmint help tinymce" [
  ]

  # Tiledesk custom authentication: a token for signInWithCustomToken.
  export extern "jwtmint help tiledesk" [
  ]

  # Firebase custom token: sign an app user in with signInWithCustomToken.
  export extern "jwtmint help firebase" [
  ]

  # Google service-account JWT: a self-signed access token or the OAuth assertion.
  export extern "jwtmint help google" [
  ]

  # Snowflake key-pair JWT for the SQL API and drivers.
  export extern "jwtmint help snowflake" [
  ]

  # Microsoft Entra ID client assertion: a certificate credential instead of a secret.
  export extern "jwtmint help entra" [
  ]

  # GitHub App JWT: authenticates as the app, to get installation tokens.
  export extern "jwtmint help github-app" [
  ]

  # App Store Connect API token (and, with --bundle-id, an App Store Server API token).
  export extern "jwtmint help app-store-connect" [
  ]

  # Apple Push Notification service provider token (token-based APNs authentication).
  export extern "jwtmint help apns" [
  ]

  # Sign in with Apple client secret: the JWT sent as client_secret to Apple's token endpoint.
  export extern "jwtmint help apple-client-secret" [
  ]

  # Ghost Admin API token, for publishing scripts and integrations.
  export extern "jwtmint help ghost" [
  ]

  # LiveKit access token: join a room as a participant, or call the server APIs.
  export extern "jwtmint help livekit" [
  ]

  # Metabase static embedding: prints the signed embed URL of a dashboard or question.
  export extern "jwtmint help metabase" [
  ]

  # Zendesk JWT single sign-on: prints the login link.
  export extern "jwtmint help zendesk" [
  ]

  # GitBook visitor authentication: prints the signed link to a docs site.
  export extern "jwtmint help gitbook" [
  ]

  # Meilisearch tenant token: a search-only token limited to some indexes and filters.
  export extern "jwtmint help meilisearch" [
  ]

  # Apple MusicKit developer token, for the Apple Music API and MusicKit on the web.
  export extern "jwtmint help musickit" [
  ]

  # Apple WeatherKit REST API token.
  export extern "jwtmint help weatherkit" [
  ]

  # Apple MapKit JS and Maps Server API token.
  export extern "jwtmint help mapkit" [
  ]

  # Mux signed playback, thumbnail, gif, storyboard and DRM license token.
  export extern "jwtmint help mux" [
  ]

  # Zoom Meeting SDK or Video SDK signature, the JWT a Zoom SDK joins with.
  export extern "jwtmint help zoom" [
  ]

  # Twilio Access Token, for the Video, Voice, Conversations/Chat, Sync and TaskRouter client SDKs.
  export extern "jwtmint help twilio" [
  ]

  # Stream (getstream.io) Chat or Feeds token: a user token, a Chat server token or a Feeds scope token.
  export extern "jwtmint help stream" [
  ]

  # Vonage application JWT, for the Vonage APIs and the Client SDK.
  export extern "jwtmint help vonage" [
  ]

  # Coinbase Developer Platform API key JWT: a 2-minute token for one request.
  export extern "jwtmint help coinbase-cdp" [
  ]

  # DocuSign JWT Grant assertion: an integration acts for a user.
  export extern "jwtmint help docusign" [
  ]

  # Salesforce OAuth 2.0 JWT bearer assertion: a connected app logs in as a user.
  export extern "jwtmint help salesforce" [
  ]

  # Atlassian Connect JWT: an app calls Jira or Confluence with the tenant's shared secret.
  export extern "jwtmint help atlassian-connect" [
  ]

  # Print the public key of a private key, as PEM, JWK or JWKS, or its thumbprint.
  export extern "jwtmint help public-key" [
  ]

  # Show the config file, its profiles, and the settings in force.
  export extern "jwtmint help config" [
  ]

  # Print the config file's path.
  export extern "jwtmint help config path" [
  ]

  # List the config file's profiles, one a line.
  export extern "jwtmint help config profiles" [
  ]

  # Show each setting in force and where it comes from: flag, env, profile NAME, default (secrets by their source, never their value).
  export extern "jwtmint help config show" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "jwtmint help help" [
  ]

}

export use completions *
