//! The HTTP/1.1 transport of `jwtmint serve`: hyper on a tokio runtime that exists only while
//! serving (a mint never builds it), every limit a named constant, graceful shutdown on SIGINT
//! and SIGTERM.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::sync::Semaphore;

use super::routes;
use super::App;

/// Connections served at once. Each costs a task and its buffers (a few tens of KiB); more
/// wait in the kernel's accept queue, so a flood cannot exhaust memory or file descriptors.
pub const MAX_CONNECTIONS: usize = 256;
/// Request line and headers together: a browser's request with cookies is a few KiB; hyper
/// answers 431 above this.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// Header lines per request: a browser sends about 20; hyper answers 431 above this.
pub const MAX_HEADERS: usize = 64;
/// A client that has not sent its whole header by then is cut off (slowloris). It also bounds
/// how long an idle keep-alive connection holds a slot.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Everything after the header (the body, minting, the answer): a token takes milliseconds;
/// a body that trickles in is cut off with 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// On SIGINT/SIGTERM, in-flight requests get this long to finish.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Serves on `listener` until SIGINT or SIGTERM, then finishes in-flight requests. `ready`
/// runs once those signals are caught (it prints the URL: a script that reads it and sends
/// SIGTERM at once gets a clean stop, not the signal's default death).
pub fn run(
    app: App,
    listener: std::net::TcpListener,
    ready: impl FnOnce() -> Result<()>,
) -> Result<()> {
    listener
        .set_nonblocking(true)
        .context("setting up the listening socket")?;
    // One thread accepts and reads connections (async I/O needs no more); signing runs on
    // the blocking threads, one per core. The current-thread runtime also keeps the
    // multi-thread scheduler, and the libm it links, out of the binary: a mint starts as fast
    // as without `serve`.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .max_blocking_threads(workers)
        .enable_io()
        .enable_time()
        .build()
        .context("starting the server's runtime")?;
    runtime.block_on(serve(Arc::new(app), listener, ready))
}

async fn serve(
    app: Arc<App>,
    listener: std::net::TcpListener,
    ready: impl FnOnce() -> Result<()>,
) -> Result<()> {
    let listener =
        tokio::net::TcpListener::from_std(listener).context("setting up the listening socket")?;
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let graceful = GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop_signal());
    ready()?;
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.context("the connection limit")?,
            _ = &mut stop => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, a connection reset before accept: wait, go on.
                    if !app.quiet {
                        crate::output::warn(format_args!("accepting a connection: {e}"));
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = service_fn(move |request| {
            let app = app.clone();
            async move { Ok::<_, std::convert::Infallible>(answer(&app, request, peer).await) }
        });
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_READ_TIMEOUT)
            .max_header_size(MAX_HEADER_BYTES)
            .max_headers(MAX_HEADERS)
            .keep_alive(true)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that breaks off or sends garbage ends its own connection only.
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    if !app.quiet {
        eprintln!("jwtmint: stopping: finishing the requests in flight");
    }
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => {
            crate::output::warn("requests still in flight after 10s were cut off");
        }
    }
    Ok(())
}

/// One request, bounded in time, with its access line.
async fn answer(
    app: &Arc<App>,
    request: hyper::Request<hyper::body::Incoming>,
    peer: SocketAddr,
) -> hyper::Response<routes::Body> {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let (response, who) =
        match tokio::time::timeout(REQUEST_TIMEOUT, routes::handle(app, request)).await {
            Ok(answered) => answered,
            Err(_) => {
                let mut response = routes::error(
                    hyper::StatusCode::REQUEST_TIMEOUT,
                    "the request took longer than 10s",
                );
                response.headers_mut().insert(
                    hyper::header::CONNECTION,
                    hyper::header::HeaderValue::from_static("close"),
                );
                (response, String::new())
            }
        };
    if !app.quiet {
        access_line(
            peer,
            &method,
            &path,
            response.status(),
            &who,
            started.elapsed(),
        );
    }
    response
}

/// `jwtmint: 127.0.0.1:51234 "POST /token" 200 sub=joe 1.2ms`: never a token, a secret or a
/// query string (which could carry one).
fn access_line(
    peer: SocketAddr,
    method: &hyper::Method,
    path: &str,
    status: hyper::StatusCode,
    who: &str,
    took: Duration,
) {
    let mut path: String = path.escape_debug().collect();
    if path.len() > 200 {
        let cut = (0..=200)
            .rev()
            .find(|&i| path.is_char_boundary(i))
            .unwrap_or(0);
        path.truncate(cut);
        path.push('…');
    }
    let who = if who.is_empty() {
        String::new()
    } else {
        format!(" {who}")
    };
    eprintln!(
        "jwtmint: {peer} \"{method} {path}\" {}{who} {:.1}ms",
        status.as_u16(),
        took.as_secs_f64() * 1000.0
    );
}

/// Resolves on SIGINT or SIGTERM (Ctrl-C elsewhere).
/// Catches SIGINT and SIGTERM now (inside the runtime); the future ends at the first.
#[cfg(unix)]
fn stop_signal() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{signal, SignalKind};
    let signals = (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    );
    async move {
        match signals {
            (Ok(mut interrupt), Ok(mut terminate)) => {
                tokio::select! {
                    _ = interrupt.recv() => {}
                    _ = terminate.recv() => {}
                }
            }
            _ => std::future::pending::<()>().await,
        }
    }
}

#[cfg(not(unix))]
fn stop_signal() -> impl std::future::Future<Output = ()> {
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}
