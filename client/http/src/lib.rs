//! The node's loopback HTTP endpoints: raw bytes in and out for clients on the node's machine.
//!
//! JSON-RPC carries bytes as hex, which doubles them and costs a hex encode and decode on each
//! side; the storage market's file endpoint and the DA layer's blob endpoint move bytes as they
//! are. Both bind to `127.0.0.1` only and are named by unsafe RPC methods. This crate holds what
//! they share: binding, the connection loop, JSON answers and errors, and the client side.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{
	body::{Body, Incoming},
	client::conn::http1::SendRequest,
	header::{HeaderValue, CONTENT_LENGTH, CONTENT_TYPE},
	server::conn::http1,
	service::service_fn,
	Request, Response, StatusCode,
};
use hyper_util::rt::TokioIo;
use std::{convert::Infallible, future::Future, net::SocketAddr};

/// Binds an endpoint on `127.0.0.1:port` (`0`: any free port).
pub fn bind(port: u16) -> std::io::Result<std::net::TcpListener> {
	let listener = std::net::TcpListener::bind(("127.0.0.1", port))?;
	listener.set_nonblocking(true)?;
	Ok(listener)
}

/// Answers every request on `listener` with `answer` until the node stops; `target` names the
/// endpoint in the log.
pub async fn serve<A, F, B>(listener: std::net::TcpListener, target: &'static str, answer: A)
where
	A: Fn(Request<Incoming>) -> F + Clone + Send + 'static,
	F: Future<Output = Response<B>> + Send + 'static,
	B: Body + Send + 'static,
	B::Data: Send,
	B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
	let listener = match tokio::net::TcpListener::from_std(listener) {
		Ok(listener) => listener,
		Err(error) => {
			log::error!(target: target, "cannot serve the endpoint: {error}");
			return;
		},
	};
	loop {
		let stream = match listener.accept().await {
			Ok((stream, _)) => stream,
			Err(error) => {
				log::debug!(target: target, "endpoint connection refused: {error}");
				continue;
			},
		};
		let answer = answer.clone();
		tokio::spawn(async move {
			let service = service_fn(move |request| {
				let answer = answer.clone();
				async move { Ok::<_, Infallible>(answer(request).await) }
			});
			if let Err(error) =
				http1::Builder::new().serve_connection(TokioIo::new(stream), service).await
			{
				log::debug!(target: target, "endpoint connection ended: {error}");
			}
		});
	}
}

/// A JSON answer.
pub fn reply(status: StatusCode, body: serde_json::Value) -> Response<Full<Bytes>> {
	let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
	*response.status_mut() = status;
	response
}

/// A refusal: `{"error": message}` with `status`.
pub fn refuse(status: StatusCode, message: impl ToString) -> Response<Full<Bytes>> {
	reply(status, serde_json::json!({ "error": message.to_string() }))
}

/// Raw bytes as an answer.
pub fn octets(bytes: Vec<u8>) -> Response<Full<Bytes>> {
	let mut response = Response::new(Full::new(Bytes::from(bytes)));
	response
		.headers_mut()
		.insert(CONTENT_TYPE, HeaderValue::from_static("application/octet-stream"));
	response
}

/// The `Content-Length` a request or answer announces.
pub fn content_length(headers: &hyper::HeaderMap) -> Option<u64> {
	headers.get(CONTENT_LENGTH)?.to_str().ok()?.parse().ok()
}

/// A parsed `0x`-prefixed (or bare) 32-byte hex hash.
pub fn parse_hash(text: &str) -> Option<[u8; 32]> {
	let digits = text.strip_prefix("0x").unwrap_or(text);
	let mut hash = [0u8; 32];
	let parsed = digits.len() == 64
		&& digits.is_ascii()
		&& hash.iter_mut().enumerate().all(|(i, byte)| {
			u8::from_str_radix(&digits[2 * i..2 * i + 2], 16).map(|b| *byte = b).is_ok()
		});
	parsed.then_some(hash)
}

/// A connection to the endpoint at `addr`, on which requests go one after another.
pub async fn open<B>(addr: SocketAddr) -> Result<SendRequest<B>, String>
where
	B: Body + Send + 'static,
	B::Data: Send,
	B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
	let stream = tokio::net::TcpStream::connect(addr)
		.await
		.map_err(|e| format!("cannot reach the node's endpoint {addr}: {e}"))?;
	let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
		.await
		.map_err(|e| format!("endpoint {addr}: {e}"))?;
	tokio::spawn(connection);
	Ok(sender)
}

/// The error an answer of an endpoint carries: its `error` field, or its status.
pub fn refusal(status: StatusCode, body: &[u8]) -> String {
	let answer: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
	answer["error"].as_str().map(str::to_owned).unwrap_or_else(|| status.to_string())
}

/// The whole body of a (small) answer, or the endpoint's refusal.
pub async fn answer_body(response: Response<Incoming>) -> Result<Bytes, String> {
	let status = response.status();
	let body = response.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
	if status.is_success() {
		Ok(body)
	} else {
		Err(refusal(status, &body))
	}
}

/// How bytes move between a command and the node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Transport {
	/// Raw bytes through the node's loopback endpoint when the node is on this machine, else
	/// hex through its RPC.
	Auto,
	/// Raw bytes through the node's loopback endpoint (the node must be on this machine).
	Http,
	/// Hex pieces through the node's RPC methods.
	Rpc,
}

/// Whether a node's RPC URL points at this machine, where its loopback endpoints are reachable.
pub fn is_local(url: &str) -> bool {
	let host = url.split("://").nth(1).and_then(|rest| rest.split(['/', ':']).next());
	matches!(host, Some("127.0.0.1" | "localhost"))
}

/// The socket address in an endpoint URL `http://<addr>/…`.
pub fn endpoint_addr(url: &str) -> Option<SocketAddr> {
	url.strip_prefix("http://")?.split('/').next()?.parse().ok()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hashes_parse_with_or_without_prefix_and_nothing_else() {
		let digits = "ab".repeat(32);
		assert_eq!(parse_hash(&format!("0x{digits}")), Some([0xab; 32]));
		assert_eq!(parse_hash(&digits), Some([0xab; 32]));
		assert_eq!(parse_hash("0x12"), None);
		assert_eq!(parse_hash(&"zz".repeat(32)), None);
		assert_eq!(parse_hash(&"é".repeat(32)), None);
	}

	#[test]
	fn only_loopback_urls_are_local() {
		assert!(is_local("ws://127.0.0.1:9944"));
		assert!(is_local("ws://localhost:9944/"));
		assert!(!is_local("wss://rpc.example.org:443"));
		assert!(!is_local("127.0.0.1:9944"));
		assert_eq!(
			endpoint_addr("http://127.0.0.1:4000/files/"),
			Some(([127, 0, 0, 1], 4000).into())
		);
	}
}
