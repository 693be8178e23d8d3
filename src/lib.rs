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
pub mod keygen;
pub mod keys;
pub mod mint;
pub mod output;
pub mod providers;
pub mod public_key;
#[cfg(feature = "serve")]
pub mod serve;
pub mod sign;
pub mod signers;
pub mod time;
