//! `awskms:///KEY` or `awskms://HOST:PORT/KEY`: an asymmetric AWS KMS key (`SIGN_VERIFY`),
//! through the official SDK (`aws-config`, `aws-sdk-kms`).
//!
//! KEY is a key id, a key ARN, an alias ARN or `alias/NAME`. Region and credentials come from
//! the SDK's standard chain: the environment, `AWS_PROFILE` and the shared config and
//! credentials files, web identity (GitHub Actions' OIDC role), SSO, container and instance
//! metadata; a key ARN gives the region when nothing else does. `AWS_ENDPOINT_URL_KMS` and
//! `AWS_ENDPOINT_URL` are honoured (and must be https, or http to loopback); a HOST:PORT in the
//! reference is an https endpoint.
//!
//! The SDK and its tokio runtime (one thread, current-thread scheduler) are started only when
//! such a key is opened: a file key never pays for them. Signing sends the JWS signing input
//! as a `RAW` message while it fits KMS's 4096-byte limit (KMS hashes it); a longer one is
//! hashed here and sent as a `DIGEST`. Throttling is retried by the SDK's standard retry
//! strategy (exponential back-off with jitter, `ThrottlingException` included).

use anyhow::{anyhow, bail, Result};
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::BehaviorVersion;
use aws_sdk_kms::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_kms::primitives::Blob;
use aws_sdk_kms::types::{KeySpec, KeyUsageType, MessageType, SigningAlgorithmSpec};
use url::Url;

use super::{der_to_fixed, digest, kind_of_spki, SigningKey};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::keys::KeyKind;

/// The longest message KMS signs as `RAW`.
const MAX_RAW: usize = 4096;
/// Attempts per call, the first included, under the SDK's standard retry strategy.
const MAX_ATTEMPTS: u32 = 6;

pub struct KmsKey {
    name: String,
    key: String,
    client: aws_sdk_kms::Client,
    runtime: tokio::runtime::Runtime,
    kind: KeyKind,
    spki: Vec<u8>,
    algorithms: Vec<SigningAlgorithmSpec>,
}

pub fn open(endpoint: Option<&str>, key: &str) -> Result<KmsKey> {
    let name = format!("AWS KMS key {key}");
    let endpoint = match endpoint {
        Some(host) => Some(format!("https://{host}")),
        None => ["AWS_ENDPOINT_URL_KMS", "AWS_ENDPOINT_URL"]
            .iter()
            .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty())),
    };
    if let Some(url) = &endpoint {
        let parsed = Url::parse(url).map_err(|_| {
            anyhow!(UsageError::new(format!(
                "{name}: the endpoint `{url}` is not a URL"
            )))
        })?;
        crate::http::require_secure(&parsed)
            .map_err(|e| anyhow!(UsageError::new(format!("{name}: endpoint {e}"))))?;
    }
    let timeout = crate::http::remote_timeout()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| anyhow!("{name}: cannot start the AWS SDK's runtime: {e}"))?;
    let arn_region = key
        .strip_prefix("arn:")
        .and_then(|rest| rest.split(':').nth(2))
        .filter(|r| !r.is_empty())
        .map(str::to_string);
    let config = runtime.block_on(async {
        let mut loader = aws_config::defaults(BehaviorVersion::latest())
            .retry_config(RetryConfig::standard().with_max_attempts(MAX_ATTEMPTS))
            .timeout_config(
                TimeoutConfig::builder()
                    .connect_timeout(timeout.min(crate::http::MAX_CONNECT_TIMEOUT))
                    .operation_attempt_timeout(timeout)
                    .operation_timeout(timeout * 2)
                    .build(),
            );
        if let Some(url) = &endpoint {
            loader = loader.endpoint_url(url);
        }
        let config = loader.load().await;
        if config.region().is_none() {
            if let Some(region) = &arn_region {
                return aws_config::defaults(BehaviorVersion::latest())
                    .retry_config(RetryConfig::standard().with_max_attempts(MAX_ATTEMPTS))
                    .timeout_config(
                        TimeoutConfig::builder()
                            .connect_timeout(timeout.min(crate::http::MAX_CONNECT_TIMEOUT))
                            .operation_attempt_timeout(timeout)
                            .build(),
                    )
                    .region(aws_config::Region::new(region.clone()))
                    .load()
                    .await;
            }
        }
        config
    });
    if config.region().is_none() {
        bail!("{name}: no AWS region: set AWS_REGION (or a region in ~/.aws/config), or use the key's ARN");
    }
    let client = aws_sdk_kms::Client::new(&config);
    let answer = runtime
        .block_on(client.get_public_key().key_id(key).send())
        .map_err(|e| explain(&name, e))?;
    if answer.key_usage() != Some(&KeyUsageType::SignVerify) {
        bail!(
            "{name}: the key is not for signing (its usage is {}); create it with --key-usage SIGN_VERIFY",
            answer.key_usage().map_or("unknown", |u| u.as_str())
        );
    }
    // (An emulator may leave the spec out; the public key then says what the key is.)
    match answer.key_spec() {
        None => {}
        Some(
            KeySpec::Rsa2048
            | KeySpec::Rsa3072
            | KeySpec::Rsa4096
            | KeySpec::EccNistP256
            | KeySpec::EccNistP384
            | KeySpec::EccNistP521
            | KeySpec::EccSecgP256K1
            | KeySpec::EccNistEdwards25519,
        ) => {}
        Some(other) => bail!(
            "{name}: a {} key cannot sign JWTs; use RSA_2048/3072/4096, ECC_NIST_P256/P384/P521, ECC_SECG_P256K1 or ECC_NIST_EDWARDS25519",
            other.as_str()
        ),
    }
    let spki = answer
        .public_key()
        .map(|b| b.as_ref().to_vec())
        .ok_or_else(|| anyhow!("{name}: KMS returned no public key"))?;
    let kind = kind_of_spki(&spki).map_err(|e| anyhow!("{name}: {e}"))?;
    Ok(KmsKey {
        name,
        key: key.to_string(),
        client,
        runtime,
        kind,
        spki,
        algorithms: answer.signing_algorithms().to_vec(),
    })
}

/// One line for a failed call: the store, the key, what went wrong and the fix. The SDK's
/// messages name no credential.
fn explain<E: ProvideErrorMetadata + std::error::Error + 'static>(
    name: &str,
    error: SdkError<E, aws_sdk_kms::config::http::HttpResponse>,
) -> anyhow::Error {
    let code = error.code().unwrap_or("").to_string();
    let message = error
        .message()
        .map(|m| {
            m.chars()
                .filter(|c| !c.is_control())
                .take(300)
                .collect::<String>()
        })
        .unwrap_or_default();
    let said = if message.is_empty() {
        String::new()
    } else {
        format!(" ({message})")
    };
    let fix = match code.as_str() {
        "NotFoundException" => "no such key or alias in this account and region (check AWS_REGION)",
        "DisabledException" => "the key is disabled: enable it with aws kms enable-key",
        "KMSInvalidStateException" => "the key is not usable (pending deletion or import?)",
        "InvalidKeyUsageException" => "the key is not for signing, or not with this algorithm",
        "AccessDeniedException" => {
            "access denied: the role needs kms:Sign and kms:GetPublicKey on the key"
        }
        "UnrecognizedClientException" | "InvalidSignatureException" | "ExpiredTokenException" => {
            "the AWS credentials were refused (expired session? wrong profile?)"
        }
        "ThrottlingException" => {
            "throttled by KMS; retried with back-off and gave up (lower --jobs)"
        }
        "" => "",
        _ => "KMS refused the request",
    };
    if !fix.is_empty() {
        return anyhow!("{name}: {code}: {fix}{said}");
    }
    // No service error: the request never got an answer.
    let context = DisplayErrorContext(&error).to_string();
    let lower = context.to_ascii_lowercase();
    if lower.contains("credential") {
        anyhow!("{name}: no AWS credentials: set AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or assume a role (in GitHub Actions: aws-actions/configure-aws-credentials)")
    } else if matches!(error, SdkError::TimeoutError(_))
        || lower.contains("timeout")
        || lower.contains("timed out")
    {
        anyhow!("{name}: KMS did not answer in time (JWTMINT_REMOTE_TIMEOUT)")
    } else if matches!(error, SdkError::DispatchFailure(_)) {
        anyhow!("{name}: KMS cannot be reached (network, proxy, or AWS_ENDPOINT_URL_KMS?)")
    } else {
        anyhow!("{name}: the request failed")
    }
}

impl KmsKey {
    fn spec_for(&self, alg: Alg) -> Option<SigningAlgorithmSpec> {
        let spec = match alg {
            Alg::RS256 => SigningAlgorithmSpec::RsassaPkcs1V15Sha256,
            Alg::RS384 => SigningAlgorithmSpec::RsassaPkcs1V15Sha384,
            Alg::RS512 => SigningAlgorithmSpec::RsassaPkcs1V15Sha512,
            Alg::PS256 => SigningAlgorithmSpec::RsassaPssSha256,
            Alg::PS384 => SigningAlgorithmSpec::RsassaPssSha384,
            Alg::PS512 => SigningAlgorithmSpec::RsassaPssSha512,
            Alg::ES256 | Alg::ES256K => SigningAlgorithmSpec::EcdsaSha256,
            Alg::ES384 => SigningAlgorithmSpec::EcdsaSha384,
            Alg::ES512 => SigningAlgorithmSpec::EcdsaSha512,
            Alg::EdDSA => SigningAlgorithmSpec::Ed25519Sha512,
            _ => return None,
        };
        // A store that lists nothing (an emulator) is taken at its key type's word.
        (self.algorithms.is_empty() || self.algorithms.contains(&spec)).then_some(spec)
    }
}

impl SigningKey for KmsKey {
    fn name(&self) -> &str {
        &self.name
    }

    fn kind(&self) -> KeyKind {
        self.kind
    }

    fn algorithms(&self) -> Vec<Alg> {
        Alg::ALL
            .into_iter()
            .filter(|alg| alg.fits(self.kind) && self.spec_for(*alg).is_some())
            .collect()
    }

    fn public_key_spki(&self) -> Result<Vec<u8>> {
        Ok(self.spki.clone())
    }

    fn sign(&self, alg: Alg, message: &[u8]) -> Result<Vec<u8>> {
        let spec = self
            .spec_for(alg)
            .ok_or_else(|| anyhow!("{}: cannot sign {alg}", self.name))?;
        // Ed25519 signs the message itself (RAW only); the others take a digest past 4 KiB.
        let (message_type, input) = if message.len() <= MAX_RAW || alg == Alg::EdDSA {
            (MessageType::Raw, message.to_vec())
        } else {
            (MessageType::Digest, digest(alg, message))
        };
        let answer = self
            .runtime
            .block_on(
                self.client
                    .sign()
                    .key_id(&self.key)
                    .message(Blob::new(input))
                    .message_type(message_type)
                    .signing_algorithm(spec)
                    .send(),
            )
            .map_err(|e| explain(&self.name, e))?;
        let signature = answer
            .signature()
            .map(|b| b.as_ref().to_vec())
            .ok_or_else(|| anyhow!("{}: KMS returned no signature", self.name))?;
        match self.kind {
            KeyKind::EcP256 | KeyKind::EcP384 | KeyKind::EcP521 | KeyKind::EcSecp256k1 => {
                der_to_fixed(&signature, self.kind).map_err(|e| anyhow!("{}: {e}", self.name))
            }
            _ => Ok(signature),
        }
    }

    fn is_remote(&self) -> bool {
        true
    }
}
