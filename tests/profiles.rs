//! Profiles: the config file under a temporary HOME and XDG_CONFIG_HOME, the precedence chain
//! (flag > env > profile > default), every secret source, the permission check, the errors,
//! and `jwtmint config`.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::{decode_verified, fixture, jwtmint, one_line, run, secret_64, PASSPHRASE};
use serde_json::Value;

const PROJECT: &str = "5c81a2e7f1d3b40012345601";
const FORM: &str = "5c81a2e7f1d3b40012345602";
const ROLE: &str = "5c81a2e7f1d3b40012345603";

/// A temporary home with its own config directory.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    fn xdg(&self) -> PathBuf {
        self.dir.path().join("xdg")
    }

    fn config_path(&self) -> PathBuf {
        self.xdg().join("jwtmint").join("config.toml")
    }

    /// Writes the config file, mode 0600.
    fn config(&self, text: &str) -> &Home {
        let path = self.config_path();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::create_dir_all(self.home()).unwrap();
        std::fs::write(&path, text).unwrap();
        chmod(&path, 0o600);
        self
    }

    /// `jwtmint` with this HOME and XDG_CONFIG_HOME.
    fn cmd(&self) -> Command {
        let mut cmd = jwtmint();
        cmd.env("HOME", self.home());
        cmd.env("XDG_CONFIG_HOME", self.xdg());
        cmd
    }
}

#[cfg(unix)]
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn chmod(_path: &Path, _mode: u32) {}

/// A TOML string holding `path`.
fn toml_path(path: &Path) -> String {
    format!("{:?}", path.display().to_string())
}

/// The config the issue shows: staging takes the secret from a command, prod from a file.
fn staging_and_prod(home: &Home) -> String {
    let secret = toml_path(&fixture("hmac-secret-64.txt"));
    format!(
        r#"default-profile = "staging"

[profiles.staging.formio]
project = "{PROJECT}"
form = "{FORM}"
data = {{ email = "ops@example.com", id = "u-1" }}
secret-command = ["cat", {secret}]

[profiles.prod.formio]
project = "5c81a2e7f1d3b40012345611"
form = "5c81a2e7f1d3b40012345612"
data = {{ email = "prod@example.com", id = "u-2" }}
secret-file = "~/secrets/formio"
expires-in = "5m"
"#
    )
    .replace("~/secrets/formio", &{
        let dir = home.home().join("secrets");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(fixture("hmac-secret-64.txt"), dir.join("formio")).unwrap();
        "~/secrets/formio".to_string()
    })
}

fn payload(token: &str) -> Value {
    decode_verified(token, "HS256", &secret_64())
}

/// The example of the issue: the whole command is `jwtmint formio --role ID`.
#[test]
fn formio_role_is_the_whole_command() {
    let home = Home::new();
    home.config(&staging_and_prod(&home));
    let token = one_line(home.cmd().args(["formio", "--role", ROLE]));
    let claims = payload(&token);
    assert_eq!(claims["form"]["_id"], FORM);
    assert_eq!(claims["project"]["_id"], PROJECT);
    assert_eq!(claims["user"]["roles"][0], ROLE);
}

/// A switch a profile turns on is turned off for one run by `--no-NAME`.
#[test]
fn no_switch_overrides_the_profile() {
    let home = Home::new();
    home.config("[profiles.p.hasura]\nstringified = true\n");
    let secret = fixture("hasura-jwt-secret.txt");
    let mint = |extra: &[&str]| {
        let out = run(home
            .cmd()
            .args(["hasura", "--profile", "p", "--format", "claims"])
            .args([
                "--user-id",
                "42",
                "--default-role",
                "user",
                "--allowed-role",
                "user",
                "--secret-file",
            ])
            .arg(&secret)
            .args(extra));
        assert_eq!(out.code, Some(0), "{out:#?}");
        serde_json::from_str::<Value>(&out.stdout).unwrap()
    };
    let claims = mint(&[]);
    assert!(
        claims["https://hasura.io/jwt/claims"].is_string(),
        "{claims}"
    );
    let claims = mint(&["--no-stringified"]);
    assert!(
        claims["https://hasura.io/jwt/claims"].is_object(),
        "{claims}"
    );
}

#[test]
fn profile_by_flag_or_env() {
    let home = Home::new();
    home.config(&staging_and_prod(&home));
    let by_flag = || {
        let mut cmd = home.cmd();
        cmd.args(["formio", "--role", ROLE, "--profile", "prod"]);
        cmd
    };
    let mut by_env = home.cmd();
    by_env
        .args(["formio", "--role", ROLE])
        .env("JWTMINT_PROFILE", "prod");
    // The flag wins over the variable.
    let mut both = by_flag();
    both.env("JWTMINT_PROFILE", "staging");
    for mut cmd in [by_flag(), by_env, both] {
        let claims = payload(&one_line(&mut cmd));
        assert_eq!(claims["project"]["_id"], "5c81a2e7f1d3b40012345611");
        let lifetime = claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap();
        assert_eq!(lifetime, 300, "expires-in from the profile");
    }
}

/// flag > environment variable > profile > built-in default.
#[test]
fn precedence_chain() {
    let home = Home::new();
    home.config(&staging_and_prod(&home));
    let project = |cmd: &mut Command| payload(&one_line(cmd))["project"]["_id"].clone();
    assert_eq!(
        project(home.cmd().args(["formio", "--role", ROLE])),
        PROJECT
    );
    assert_eq!(
        project(
            home.cmd()
                .args(["formio", "--role", ROLE])
                .env("JWTMINT_FORMIO_PROJECT", "5c81a2e7f1d3b400123456ee")
        ),
        "5c81a2e7f1d3b400123456ee"
    );
    assert_eq!(
        project(
            home.cmd()
                .args([
                    "formio",
                    "--role",
                    ROLE,
                    "--project",
                    "5c81a2e7f1d3b400123456ff"
                ])
                .env("JWTMINT_FORMIO_PROJECT", "5c81a2e7f1d3b400123456ee")
        ),
        "5c81a2e7f1d3b400123456ff"
    );
    // expires-in: the profile's over the built-in default, a flag over the profile's.
    let lifetime = |cmd: &mut Command| {
        let claims = payload(&one_line(cmd));
        claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap()
    };
    let args = ["formio", "--role", ROLE, "--profile", "prod"];
    assert_eq!(lifetime(home.cmd().args(args)), 300);
    assert_eq!(
        lifetime(home.cmd().args(args).args(["--expires-in", "2m"])),
        120
    );
    assert_eq!(lifetime(home.cmd().args(["formio", "--role", ROLE])), 3600);

    // A secret in the environment wins over the profile's command.
    let out = run(home.cmd().args(["formio", "--role", ROLE]).env(
        "JWTMINT_SECRET",
        "another-secret-another-secret-another-secret-xx",
    ));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let token = out.stdout.trim();
    let key = b"another-secret-another-secret-another-secret-xx";
    decode_verified(token, "HS256", key);
    // And a flag over both.
    let token = one_line(
        home.cmd()
            .args(["formio", "--role", ROLE, "--secret-file"])
            .arg(fixture("hmac-secret-64.txt"))
            .env("JWTMINT_SECRET", "x"),
    );
    payload(&token);
}

#[test]
fn no_config_file_changes_nothing() {
    let home = Home::new();
    let out = run(home.cmd().args(["formio", "--role", ROLE]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stderr.contains("--project is required"), "{out:#?}");
    let out = run(home
        .cmd()
        .args(["formio", "--role", ROLE, "--profile", "prod"]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stderr.contains("there is no config file"), "{out:#?}");
}

#[test]
fn jwtmint_config_points_at_the_file() {
    let home = Home::new();
    home.config("[profiles.p.sign]\nsub = \"joe\"\n");
    // JWTMINT_CONFIG first, else XDG_CONFIG_HOME, else ~/.config.
    let other = home.dir.path().join("other.toml");
    std::fs::write(&other, "[profiles.q.sign]\n").unwrap();
    chmod(&other, 0o600);
    let out = run(home.cmd().args(["config", "path"]));
    assert_eq!(out.stdout.trim(), home.config_path().display().to_string());
    let out = run(home
        .cmd()
        .args(["config", "path"])
        .env_remove("XDG_CONFIG_HOME"));
    assert_eq!(
        out.stdout.trim(),
        home.home()
            .join(".config/jwtmint/config.toml")
            .display()
            .to_string()
    );
    let out = run(home
        .cmd()
        .args(["config", "profiles"])
        .env("JWTMINT_CONFIG", &other));
    assert_eq!(out.stdout, "q\n");
    let out = run(home.cmd().args(["config", "profiles"]));
    assert_eq!(out.stdout, "p\n");
    let out = run(home
        .cmd()
        .args(["config", "profiles"])
        .env("JWTMINT_CONFIG", home.dir.path().join("missing.toml")));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stderr.contains("does not exist"), "{out:#?}");
}

#[test]
fn config_show_says_where_each_setting_comes_from() {
    let home = Home::new();
    home.config(&staging_and_prod(&home));
    let out = run(home
        .cmd()
        .args([
            "config",
            "show",
            "formio",
            "--form",
            "5c81a2e7f1d3b400123456ff",
        ])
        .env("JWTMINT_FORMIO_PROJECT", "5c81a2e7f1d3b400123456ee"));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let text = out.stdout;
    assert!(
        text.contains("profile: staging (default-profile)"),
        "{text}"
    );
    let line = |key: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(&format!("{key} ")))
            .unwrap_or_else(|| panic!("no {key} in {text}"))
            .to_string()
    };
    assert!(
        line("project").ends_with("(env JWTMINT_FORMIO_PROJECT)"),
        "{text}"
    );
    assert!(line("form").ends_with("(flag)"), "{text}");
    assert!(line("data").ends_with("(profile staging)"), "{text}");
    assert!(line("role").contains("command line only"), "{text}");
    assert!(line("typ").ends_with("(default)"), "{text}");
    assert!(line("secret").contains("command [\"cat\""), "{text}");
    assert!(line("secret").ends_with("(profile staging)"), "{text}");

    let out = run(home.cmd().args(["config", "show", "--profile", "prod"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stdout.contains("profile: prod (flag)"), "{out:#?}");
    assert!(out.stdout.contains("expires-in"), "{out:#?}");
    assert!(out.stdout.contains("secrets/formio"), "{out:#?}");

    // A secret in the environment is shown by its name, never its value.
    let out = run(home
        .cmd()
        .args(["config", "show", "formio"])
        .env("JWTMINT_SECRET", "hunter2-hunter2"));
    assert!(out.stdout.contains("(env JWTMINT_SECRET)"), "{out:#?}");
    assert!(!out.stdout.contains("hunter2"), "{out:#?}");
}

/// `config show formio --format json` shows formio's own `--format` (text, with a warning
/// saying where config show's `--format` goes); before the subcommand it is config show's.
#[test]
fn config_show_format_json_after_the_subcommand_is_the_subcommands() {
    let home = Home::new();
    let out = run(home
        .cmd()
        .args(["config", "show", "formio", "--format", "json"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stdout.contains("[formio]"), "{out:#?}");
    assert!(
        out.stdout
            .lines()
            .any(|l| l.trim_start().starts_with("format") && l.contains("json")),
        "{out:#?}"
    );
    assert!(
        out.stderr.contains("config show --format json SUBCOMMAND"),
        "{out:#?}"
    );
    assert_eq!(out.stderr.lines().count(), 1, "{out:#?}");
    // The `=` form is the same option; another format of the subcommand's is no confusion.
    let out = run(home
        .cmd()
        .args(["config", "show", "formio", "--format=json"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stderr.contains("give it first"), "{out:#?}");
    let out = run(home
        .cmd()
        .args(["config", "show", "formio", "--format", "claims"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stderr.is_empty(), "{out:#?}");
    let out = run(home
        .cmd()
        .args(["config", "show", "--format", "json", "formio"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stderr.is_empty(), "{out:#?}");
    serde_json::from_str::<Value>(&out.stdout).unwrap();
}

/// `config show --format json`: one document, each setting with its value and origin; a
/// secret by its source, never its value (from the environment, a file or a command).
#[test]
fn config_show_as_json() {
    let home = Home::new();
    home.config(&staging_and_prod(&home));
    let secret = String::from_utf8(secret_64()).unwrap();
    let secret = secret.trim();
    let show = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = home.cmd();
        cmd.args(["config", "show", "--format", "json"]).args(args);
        for (name, value) in env {
            cmd.env(name, value);
        }
        let out = run(&mut cmd);
        assert_eq!(out.code, Some(0), "{out:#?}");
        assert!(out.stderr.is_empty(), "{out:#?}");
        assert!(!out.stdout.contains(secret), "{}", out.stdout);
        serde_json::from_str::<Value>(&out.stdout).unwrap()
    };
    let doc = show(
        &["formio", "--form", "5c81a2e7f1d3b400123456ff"],
        &[("JWTMINT_FORMIO_PROJECT", "5c81a2e7f1d3b400123456ee")],
    );
    assert_eq!(doc["profile"]["name"], "staging");
    assert_eq!(doc["profile"]["origin"]["kind"], "default-profile");
    assert_eq!(doc["config_file"]["exists"], true);
    let sections = doc["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 1);
    assert_eq!(sections[0]["command"], "formio");
    let setting = |doc: &Value, name: &str| -> Value {
        doc["sections"][0]["settings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == name)
            .unwrap_or_else(|| panic!("no {name} in {doc:#}"))
            .clone()
    };
    let project = setting(&doc, "project");
    assert_eq!(project["value"], "5c81a2e7f1d3b400123456ee");
    assert_eq!(
        project["origin"],
        serde_json::json!({ "kind": "env", "name": "JWTMINT_FORMIO_PROJECT" })
    );
    assert_eq!(setting(&doc, "form")["origin"]["kind"], "flag");
    let data = setting(&doc, "data");
    assert_eq!(
        data["origin"],
        serde_json::json!({ "kind": "profile", "name": "staging" })
    );
    let role = setting(&doc, "role");
    assert_eq!(role["value"], Value::Null);
    assert_eq!(role["note"], "command line only");
    assert_eq!(setting(&doc, "typ")["origin"]["kind"], "default");
    let secret_setting = setting(&doc, "secret");
    assert_eq!(secret_setting["value"]["source"], "command");
    assert_eq!(secret_setting["value"]["command"][0], "cat");
    assert_eq!(secret_setting["origin"]["name"], "staging");

    // From the environment: named, never shown.
    let doc = show(
        &["formio", "--role", "5c81a2e7f1d3b400123456dd"],
        &[("JWTMINT_SECRET", secret)],
    );
    let secret_setting = setting(&doc, "secret");
    assert_eq!(
        secret_setting["value"],
        serde_json::json!({ "source": "env", "env": "JWTMINT_SECRET" })
    );
    assert_eq!(
        secret_setting["origin"],
        serde_json::json!({ "kind": "env", "name": "JWTMINT_SECRET" })
    );

    // From a file: its path, not its contents; the lifetime in seconds.
    let doc = show(&["--profile", "prod", "formio"], &[]);
    assert_eq!(doc["profile"]["origin"]["kind"], "flag");
    let secret_setting = setting(&doc, "secret");
    assert_eq!(secret_setting["value"]["source"], "file");
    assert!(secret_setting["value"]["file"]
        .as_str()
        .unwrap()
        .ends_with("secrets/formio"));
    assert_eq!(setting(&doc, "expires-in")["value"], 300);

    // Without a subcommand: every section of the profile; text stays the default.
    let doc = show(&["--profile", "prod"], &[]);
    assert_eq!(doc["sections"][0]["command"], "formio");
    let out = run(home.cmd().args(["config", "show"]));
    assert!(out.stdout.starts_with("config file: "), "{out:#?}");
    let out = run(home.cmd().args(["config", "show", "--format", "yaml"]));
    assert_eq!(out.code, Some(2), "{out:#?}");
}

#[test]
fn batch_lines_override_the_profile() {
    let home = Home::new();
    home.config(&staging_and_prod(&home));
    let out = run(home
        .cmd()
        .args(["formio", "--role", ROLE, "--batch", "-"])
        .write_stdin("{}\n{\"project\": \"5c81a2e7f1d3b400123456ff\"}\n"));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(payload(lines[0])["project"]["_id"], PROJECT);
    assert_eq!(
        payload(lines[1])["project"]["_id"],
        "5c81a2e7f1d3b400123456ff"
    );
}

#[test]
fn inspect_takes_provider_and_secret_from_the_profile() {
    let home = Home::new();
    let secret = toml_path(&fixture("hmac-secret-64.txt"));
    home.config(&format!(
        "[profiles.p.formio]\nsecret-file = {secret}\n[profiles.p.inspect]\nprovider = \"formio\"\n\
         [profiles.q.formio]\nsecret-command = [\"cat\", {secret}]\n"
    ));
    let token = one_line(
        jwtmint()
            .args([
                "formio",
                "--role",
                ROLE,
                "--project",
                PROJECT,
                "--form",
                FORM,
            ])
            .args([
                "--data",
                "email=joe@example.com",
                "--data",
                "id=u-1",
                "--secret-file",
            ])
            .arg(fixture("hmac-secret-64.txt")),
    );
    let out = run(home
        .cmd()
        .args(["inspect", "--profile", "p", "--require-valid", &token]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stderr.contains("signature valid"), "{out:#?}");
    assert!(out.stderr.contains("checked as formio"), "{out:#?}");
    // --provider picks the service whose section holds the secret.
    let out = run(home.cmd().args([
        "inspect",
        "--profile",
        "q",
        "--provider",
        "formio",
        "--require-valid",
        &token,
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stderr.contains("signature valid"), "{out:#?}");
}

/// `alg`, `kid`, `typ`, `format` from a profile, each under its flag.
#[test]
fn shared_options_from_a_profile() {
    let home = Home::new();
    home.config(&format!(
        "[profiles.p.sign]\nsub = \"joe\"\nalg = \"hs512\"\nkid = \"k-1\"\ntyp = \"at+jwt\"\n\
         format = \"json\"\nsecret-file = {}\n",
        toml_path(&fixture("hmac-secret-64.txt"))
    ));
    let out = one_line(home.cmd().args(["sign", "--profile", "p"]));
    let body: Value = serde_json::from_str(&out).unwrap();
    let token = body["token"].as_str().unwrap();
    let (header, payload) = common::decode_unverified(token);
    assert_eq!(header["alg"], "HS512");
    assert_eq!(header["kid"], "k-1");
    assert_eq!(header["typ"], "at+jwt");
    assert_eq!(payload["sub"], "joe");
    decode_verified(token, "HS512", &secret_64());
    let token = one_line(home.cmd().args([
        "sign",
        "--profile",
        "p",
        "--alg",
        "HS256",
        "--kid",
        "k-2",
        "--typ",
        "JWT",
        "--format",
        "token",
        "--sub",
        "ann",
    ]));
    let (header, payload) = common::decode_unverified(&token);
    assert_eq!(header["alg"], "HS256");
    assert_eq!(header["kid"], "k-2");
    assert_eq!(header["typ"], "JWT");
    assert_eq!(payload["sub"], "ann");
}

// ---------------------------------------------------------------------------------------------
// Secret sources

#[test]
fn every_secret_source() {
    let home = Home::new();
    let secret_path = fixture("hmac-secret-64.txt");
    let secret = String::from_utf8(secret_64()).unwrap();
    let sign = |cmd: &mut Command| {
        let token = one_line(cmd);
        decode_verified(&token, "HS256", &secret_64())
    };
    let base = ["sign", "--sub", "joe"];
    // Flags.
    sign(
        home.cmd()
            .args(base)
            .args(["--secret-env", "MY_SECRET"])
            .env("MY_SECRET", &secret),
    );
    sign(
        home.cmd()
            .args(base)
            .arg("--secret-command")
            .arg(format!("cat '{}'", secret_path.display())),
    );
    // Environment.
    sign(home.cmd().args(base).env(
        "JWTMINT_SECRET_COMMAND",
        format!("cat '{}'", secret_path.display()),
    ));
    // Profile: a file (with ~), a variable, a command.
    std::fs::create_dir_all(home.home().join("s")).unwrap();
    std::fs::copy(&secret_path, home.home().join("s/secret")).unwrap();
    home.config(&format!(
        "[profiles.file.sign]\nsecret-file = \"~/s/secret\"\n\
         [profiles.var.sign]\nsecret-env = \"MY_SECRET\"\n\
         [profiles.cmd.sign]\nsecret-command = [\"cat\", {}]\n",
        toml_path(&secret_path)
    ));
    sign(home.cmd().args(base).args(["--profile", "file"]));
    sign(
        home.cmd()
            .args(base)
            .args(["--profile", "var"])
            .env("MY_SECRET", &secret),
    );
    sign(home.cmd().args(base).args(["--profile", "cmd"]));
    let out = run(home.cmd().args(base).args(["--profile", "var"]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stderr.contains("MY_SECRET"), "{out:#?}");
}

#[test]
fn key_and_passphrase_from_a_profile() {
    let home = Home::new();
    home.config(&format!(
        "[profiles.p.sign]\nkey = {}\npassphrase-command = [\"cat\", {}]\n\
         [profiles.f.sign]\nkey = {}\npassphrase-file = {}\n",
        toml_path(&fixture("rsa2048-legacy-aes256.pem")),
        toml_path(&fixture("passphrase.txt")),
        toml_path(&fixture("rsa2048-legacy-aes256.pem")),
        toml_path(&fixture("passphrase.txt")),
    ));
    let public = common::fixture_bytes("rsa2048.pub.pem");
    for profile in ["p", "f"] {
        let token = one_line(
            home.cmd()
                .args(["sign", "--sub", "joe", "--profile", profile]),
        );
        decode_verified(&token, "RS256", &public);
    }
    // JWTMINT_PASSPHRASE wins over the profile's command.
    let out = run(home
        .cmd()
        .args(["sign", "--sub", "joe", "--profile", "p"])
        .env("JWTMINT_PASSPHRASE", "wrong"));
    assert_eq!(out.code, Some(1), "{out:#?}");
    // --passphrase-command as a flag.
    let token = one_line(
        jwtmint()
            .args(["sign", "--sub", "joe", "--key"])
            .arg(fixture("rsa2048-legacy-aes256.pem"))
            .arg("--passphrase-command")
            .arg(format!("printf %s {PASSPHRASE}")),
    );
    decode_verified(&token, "RS256", &public);
}

/// A command that fails, hangs, prints nothing or is missing: one line that says so, with the
/// last line of its stderr, and never its output.
#[test]
fn failing_secret_commands() {
    let home = Home::new();
    home.config(
        "[profiles.fails.sign]\nsecret-command = [\"sh\", \"-c\", \
         \"echo leaked-secret-value; echo first >&2; echo 'vault: access denied' >&2; exit 3\"]\n\
         [profiles.hangs.sign]\nsecret-command = [\"sleep\", \"20\"]\n\
         [profiles.empty.sign]\nsecret-command = [\"true\"]\n\
         [profiles.missing.sign]\nsecret-command = [\"jwtmint-no-such-command\", \"x\"]\n",
    );
    let fail = |profile: &str| {
        let started = std::time::Instant::now();
        let out = run(home
            .cmd()
            .args(["sign", "--sub", "joe", "--profile", profile])
            .env("JWTMINT_COMMAND_TIMEOUT", "1"));
        assert_eq!(out.code, Some(1), "{out:#?}");
        assert!(out.stdout.is_empty(), "{out:#?}");
        assert_eq!(out.stderr.lines().count(), 1, "{out:#?}");
        assert!(!out.stderr.contains("leaked-secret-value"), "{out:#?}");
        assert!(started.elapsed().as_secs() < 10, "{profile} took too long");
        out.stderr
    };
    let err = fail("fails");
    assert!(
        err.contains("the secret command `sh` exited with status 3: vault: access denied"),
        "{err}"
    );
    let err = fail("hangs");
    assert!(err.contains("`sleep` did not finish within 1s"), "{err}");
    let err = fail("empty");
    assert!(err.contains("`true` printed nothing"), "{err}");
    let err = fail("missing");
    assert!(
        err.contains("`jwtmint-no-such-command` was not found"),
        "{err}"
    );
    // The same from the flag.
    let out = run(jwtmint().args(["sign", "--secret-command", "sh -c 'exit 1"]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stderr.contains("unbalanced quotes"), "{out:#?}");
}

// ---------------------------------------------------------------------------------------------
// Safe files and errors

#[cfg(unix)]
#[test]
fn a_config_others_can_write_is_refused() {
    let home = Home::new();
    home.config(&staging_and_prod(&home));
    for mode in [0o666, 0o620, 0o602] {
        chmod(&home.config_path(), mode);
        let out = run(home.cmd().args(["formio", "--role", ROLE]));
        assert_eq!(out.code, Some(2), "{out:#?}");
        assert!(
            out.stderr
                .contains(&format!("chmod go-w {}", home.config_path().display())),
            "{out:#?}"
        );
    }
    // Readable by others is fine: it holds no secrets.
    chmod(&home.config_path(), 0o644);
    one_line(home.cmd().args(["formio", "--role", ROLE]));
}

#[test]
fn errors_a_user_can_act_on() {
    let home = Home::new();
    let path = home.config_path().display().to_string();
    for (text, args, expected) in [
        (
            "[profiles.p.formio]\nproject = \"abc\n",
            vec!["formio", "--role", ROLE, "--profile", "p"],
            format!("{path}:2:"),
        ),
        (
            "[profiles.p.fromio]\nproject = \"x\"\n",
            vec!["sign"],
            "unknown subcommand `fromio` (did you mean `formio`?)".to_string(),
        ),
        (
            "[profiles.p.formio]\nprojet = \"x\"\n",
            vec!["sign"],
            format!(
                "{path}:2:1: [profiles.p.formio] unknown option `projet` (did you mean `project`?)"
            ),
        ),
        (
            "[profiles.p.formio]\nproject = 5\nform = [\"a\"]\n",
            vec!["sign"],
            "`form` takes a string, found an array".to_string(),
        ),
        (
            "[profiles.p.formio]\nrole = \"x\"\n",
            vec!["sign"],
            "`role` names the user or grants rights, so it is taken from the command line"
                .to_string(),
        ),
        (
            "[profiles.p.realm]\nadmin = true\n",
            vec!["sign"],
            "`admin` names the user or grants rights".to_string(),
        ),
        (
            "[profiles.p.formio]\nsecret = \"hunter2\"\n",
            vec!["sign"],
            "a secret's value does not belong in the config file".to_string(),
        ),
        (
            "[profiles.prod.sign]\n[profiles.staging.sign]\n",
            vec!["sign", "--profile", "qa"],
            "--profile qa: no such profile".to_string(),
        ),
    ] {
        home.config(text);
        let out = run(home.cmd().args(&args));
        assert_eq!(out.code, Some(2), "{text:?}: {out:#?}");
        assert!(
            out.stderr.contains(&expected),
            "{text:?}: want {expected}: {out:#?}"
        );
        assert_eq!(out.stderr.lines().count(), 1, "{out:#?}");
        assert!(!out.stderr.contains("hunter2"), "{out:#?}");
    }
    let out = run(home.cmd().args(["sign", "--profile", "qa"]));
    assert!(
        out.stderr.contains("the profiles are: prod, staging"),
        "{out:#?}"
    );
}
