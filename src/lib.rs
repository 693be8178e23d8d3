//! jwtmint: mint signed JSON Web Tokens for services that accept custom JWT logins.
//!
//! The binary is `src/main.rs`; the library exists so that the fuzz targets under `fuzz/` can
//! reach the parsers. It is not a stable API.

pub mod batch;
pub mod claims;
pub mod cli;
pub mod config;
pub mod credentials;
pub mod exit;
pub mod generate;
pub mod http;
pub mod input;
pub mod inspect;
pub mod json;
pub mod jws;
pub mod keygen;
pub mod keys;
pub mod mint;
pub mod output;
pub mod providers;
pub mod public_key;
#[cfg(feature = "serve")]
pub mod serve;
pub mod signers;
pub mod time;

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// CONTRIBUTING.md's layout table names every file under `src/`: a row of its own
    /// (`src/mint.rs`), or its directory's row (`src/batch/`) naming it (`line.rs`); a service's
    /// module is the `src/providers/<service>.rs` row. And every file the table names exists.
    #[test]
    fn the_file_map_names_every_source_file() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join("CONTRIBUTING.md")).unwrap();
        let rows: Vec<(&str, &str)> = text
            .lines()
            .filter_map(|line| line.strip_prefix("| `")?.split_once('`'))
            .filter(|(path, _)| path.starts_with("src/"))
            .collect();
        let mut files = Vec::new();
        rust_files(&root.join("src"), &mut files);
        let mut missing = Vec::new();
        for file in &files {
            let relative = file
                .strip_prefix(root)
                .unwrap()
                .to_str()
                .unwrap()
                .replace('\\', "/");
            let (dir, name) = relative.rsplit_once('/').unwrap();
            let code = std::fs::read_to_string(file).unwrap();
            let service = dir == "src/providers"
                && code.contains("pub static ")
                && code.contains(": Service = Service {");
            let named = rows.iter().any(|(path, about)| {
                *path == relative
                    || (*path == format!("{dir}/") && about.contains(&format!("`{name}`")))
                    || (service && *path == "src/providers/<service>.rs")
            });
            if !named {
                missing.push(relative);
            }
        }
        assert!(
            missing.is_empty(),
            "CONTRIBUTING.md's layout table does not name {missing:?}: add a row, or name the file in its directory's row"
        );
        for (path, about) in rows {
            if path.contains('<') {
                continue;
            }
            assert!(
                root.join(path).exists(),
                "CONTRIBUTING.md names {path}, which does not exist"
            );
            if let Some(dir) = path.strip_suffix('/') {
                for name in about.split('`').skip(1).step_by(2) {
                    if name.ends_with(".rs") && !name.contains('/') {
                        assert!(
                            root.join(dir).join(name).exists(),
                            "CONTRIBUTING.md names {name} in {path}, which has no such file"
                        );
                    }
                }
            }
        }
    }
}
