//! Records what was built for `jwtmint --version`: the commit (when built from a git checkout)
//! and the enabled cargo features, so a bug report says exactly what ran.

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!text.is_empty()).then_some(text)
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    // Not read here: scripts/link-startup-first.sh links the release binary in its order, and a
    // new list must relink it.
    println!("cargo:rerun-if-changed=scripts/startup-functions.txt");
    // Only a checkout of this package counts, not a git repository it happens to sit in (a
    // crate unpacked under someone's home directory).
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let in_checkout = git(&["-C", &manifest_dir, "rev-parse", "--show-toplevel"])
        .is_some_and(|top| Path::new(&top) == Path::new(&manifest_dir));
    let commit = if in_checkout {
        // Rebuild when HEAD moves: HEAD itself, the branch it names, and packed refs.
        for path in ["HEAD", "packed-refs"] {
            if let Some(file) = git(&["-C", &manifest_dir, "rev-parse", "--git-path", path]) {
                println!(
                    "cargo:rerun-if-changed={}",
                    Path::new(&manifest_dir).join(file).display()
                );
            }
        }
        if let Some(branch) = git(&["-C", &manifest_dir, "symbolic-ref", "-q", "HEAD"]) {
            if let Some(file) = git(&["-C", &manifest_dir, "rev-parse", "--git-path", &branch]) {
                println!(
                    "cargo:rerun-if-changed={}",
                    Path::new(&manifest_dir).join(file).display()
                );
            }
        }
        git(&["-C", &manifest_dir, "rev-parse", "--short=12", "HEAD"])
    } else {
        None
    };
    println!(
        "cargo:rustc-env=JWTMINT_COMMIT={}",
        commit.unwrap_or_default()
    );
    let mut features: Vec<String> = std::env::vars()
        .filter_map(|(name, _)| {
            name.strip_prefix("CARGO_FEATURE_")
                .map(|f| f.to_ascii_lowercase().replace('_', "-"))
        })
        .filter(|f| f != "default")
        .collect();
    features.sort();
    println!("cargo:rustc-env=JWTMINT_FEATURES={}", features.join(","));
}
