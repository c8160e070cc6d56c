//! The node's binary blob endpoint: a blob in one HTTP request of raw bytes, up or down, on
//! the node's loopback interface only.
//!
//! JSON-RPC carries bytes as hex, which doubles a 32 MiB blob and costs a hex encode and
//! decode on each side; this endpoint moves the bytes as they are.
//!
//! | request | answer |
//! | --- | --- |
//! | `PUT /blobs/<dataRoot>`, the blob as the body | `200` `{"dataRoot", "len"}` once the blob is extended, commits to `dataRoot` and is staged for its signers (as a completed `da_submitBlob` upload); `400` `{"error"}` if it is empty or commits to another root; `411` without `Content-Length`; `413` above 32 MiB |
//! | `GET /blobs/<dataRoot>` | `200` the blob, from this node or rebuilt from any `k` rows of its peers and checked against `dataRoot` (as `da_getBlob`); `404` `{"error"}` if it cannot be had |
//! | `GET /blobs/<dataRoot>/roots` | `200` the blob's roots document (row roots, column roots, header: it hashes to `dataRoot`), with which a reader checks the blob by its `k` original rows (`zerog_data::blob::verify_blob`) rather than by committing it again; `404` `{"error"}` if it cannot be had |
//!
//! A malformed root is a `400`, another path a `404`, another method a `405`. The node binds
//! it to `127.0.0.1` (`--da-http-port`, any free port by default) and names it through the
//! unsafe RPC method `da_httpEndpoint`; `zerog-node da submit|get` use it when they talk to a
//! node on this machine (`curl -T FILE <endpoint><dataRoot>` works too).

use crate::{fetch::Fetcher, hex, staging::StagingError};
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::{body::Incoming, header::CONTENT_LENGTH, Method, Request, Response, StatusCode};
use serde_json::json;
use std::{convert::Infallible, future::Future, net::SocketAddr};
use zerog_client_http::{answer_body, content_length, octets, open, refusal, refuse, reply};
use zerog_data::{
	blob::{BlobLayout, MAX_BLOB_LEN},
	Hash,
};

pub use zerog_client_http::bind;

/// The path under which blobs live, followed by their `0x`-prefixed data root.
pub const BLOBS_PATH: &str = "/blobs/";
/// What follows a blob's path to name its roots document.
pub const ROOTS_SUFFIX: &str = "/roots";

/// Bytes one frame of an upload carries (the unit its progress is counted in).
const FRAME: usize = 1 << 20;

/// Where uploads go and blobs come from.
pub trait Blobs: Clone + Send + Sync + 'static {
	/// Stages the whole blob `bytes` if it commits to `data_root`.
	fn stage(&self, data_root: &Hash, bytes: &[u8]) -> Result<(), StagingError>;
	/// The blob `data_root`, checked against it.
	fn blob(&self, data_root: Hash) -> impl Future<Output = Result<Vec<u8>, String>> + Send;
	/// The roots document of the blob `data_root`, checked against it.
	fn roots(&self, data_root: Hash) -> impl Future<Output = Result<Vec<u8>, String>> + Send;
}

impl Blobs for Fetcher {
	fn stage(&self, data_root: &Hash, bytes: &[u8]) -> Result<(), StagingError> {
		self.source.staging.put_blob(data_root, bytes)
	}

	async fn blob(&self, data_root: Hash) -> Result<Vec<u8>, String> {
		Fetcher::blob(self, &data_root).await.map_err(|e| e.to_string())
	}

	async fn roots(&self, data_root: Hash) -> Result<Vec<u8>, String> {
		Fetcher::roots(self, &data_root)
			.await
			.map(|roots| roots.document)
			.map_err(|e| e.to_string())
	}
}

/// The endpoint's URL for a listener bound to `addr`: the data root follows it.
pub fn endpoint_url(addr: SocketAddr) -> String {
	format!("http://{addr}{BLOBS_PATH}")
}

/// Serves `blobs` on `listener` until the node stops.
pub async fn serve<B: Blobs>(listener: std::net::TcpListener, blobs: B) {
	zerog_client_http::serve(listener, "da", move |request| answer(blobs.clone(), request)).await
}

/// What a path under [`BLOBS_PATH`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Resource {
	/// The blob's bytes.
	Blob(Hash),
	/// The blob's roots document.
	Roots(Hash),
}

/// The resource a path names, if it lies under [`BLOBS_PATH`].
fn resource_of(path: &str) -> Option<Result<Resource, String>> {
	let rest = path.strip_prefix(BLOBS_PATH)?;
	let (root, resource): (_, fn(Hash) -> Resource) = match rest.strip_suffix(ROOTS_SUFFIX) {
		Some(root) => (root, Resource::Roots),
		None => (rest, Resource::Blob),
	};
	Some(match zerog_client_http::parse_hash(root) {
		Some(hash) => Ok(resource(hash)),
		None => Err(format!("{root} is not a 32-byte hex data root")),
	})
}

async fn answer<B: Blobs>(blobs: B, request: Request<Incoming>) -> Response<Full<Bytes>> {
	let resource = match resource_of(request.uri().path()) {
		None => return refuse(StatusCode::NOT_FOUND, "blobs live under /blobs/<dataRoot>"),
		Some(Err(message)) => return refuse(StatusCode::BAD_REQUEST, message),
		Some(Ok(resource)) => resource,
	};
	let found = |result: Result<Vec<u8>, String>| match result {
		Ok(bytes) => octets(bytes),
		Err(error) => refuse(StatusCode::NOT_FOUND, error),
	};
	match (request.method().clone(), resource) {
		(Method::PUT, Resource::Blob(data_root)) => upload(blobs, data_root, request).await,
		(Method::GET, Resource::Blob(data_root)) => found(blobs.blob(data_root).await),
		(Method::GET, Resource::Roots(data_root)) => found(blobs.roots(data_root).await),
		(_, Resource::Blob(_)) => {
			refuse(StatusCode::METHOD_NOT_ALLOWED, "PUT uploads a blob, GET reads one")
		},
		(_, Resource::Roots(_)) => {
			refuse(StatusCode::METHOD_NOT_ALLOWED, "a roots document is only read (GET)")
		},
	}
}

async fn upload<B: Blobs>(
	blobs: B,
	data_root: Hash,
	request: Request<Incoming>,
) -> Response<Full<Bytes>> {
	let Some(len) = content_length(request.headers()) else {
		return refuse(StatusCode::LENGTH_REQUIRED, "the blob's Content-Length is required");
	};
	if len > u64::from(MAX_BLOB_LEN) {
		return refuse(
			StatusCode::PAYLOAD_TOO_LARGE,
			format!("a blob holds at most {MAX_BLOB_LEN} bytes, not {len}"),
		);
	}
	let body = match Limited::new(request.into_body(), MAX_BLOB_LEN as usize).collect().await {
		Ok(body) => body.to_bytes(),
		Err(error) => {
			return refuse(StatusCode::BAD_REQUEST, format!("the upload broke off: {error}"))
		},
	};
	let staged =
		tokio::task::spawn_blocking(move || blobs.stage(&data_root, &body).map(|()| body.len()))
			.await;
	match staged {
		Ok(Ok(len)) => reply(StatusCode::OK, json!({ "dataRoot": hex(&data_root), "len": len })),
		Ok(Err(error)) => refuse(StatusCode::BAD_REQUEST, error),
		Err(error) => refuse(StatusCode::INTERNAL_SERVER_ERROR, error),
	}
}

/// Uploads `blob` to the endpoint at `addr` as the blob `data_root`, counting the bytes sent
/// on `progress`.
pub async fn put(
	addr: SocketAddr,
	data_root: &Hash,
	blob: Bytes,
	progress: impl Fn(u64) + Send + Sync + 'static,
) -> Result<(), String> {
	use futures::StreamExt;
	use http_body_util::StreamBody;
	use hyper::body::Frame;

	let len = blob.len();
	let frames = futures::stream::iter((0..len).step_by(FRAME)).map(move |start| {
		let frame = blob.slice(start..len.min(start + FRAME));
		progress(frame.len() as u64);
		Ok::<_, Infallible>(Frame::data(frame))
	});
	let request = Request::put(format!("{BLOBS_PATH}{}", hex(data_root)))
		.header(hyper::header::HOST, addr.to_string())
		.header(CONTENT_LENGTH, len)
		.body(StreamBody::new(frames))
		.map_err(|e| e.to_string())?;
	let response =
		open(addr).await?.send_request(request).await.map_err(|e| format!("upload: {e}"))?;
	answer_body(response).await.map(drop)
}

/// Reads the blob `data_root` from the endpoint at `addr`, counting the bytes received on
/// `progress`. The bytes are the node's word: check them against `data_root`.
pub async fn get(
	addr: SocketAddr,
	data_root: &Hash,
	progress: impl Fn(u64),
) -> Result<Vec<u8>, String> {
	let path = format!("{BLOBS_PATH}{}", hex(data_root));
	read(addr, &path, MAX_BLOB_LEN as usize, progress).await
}

/// Reads the roots document of the blob `data_root` from the endpoint at `addr`. The bytes
/// are the node's word: check that they hash to `data_root`.
pub async fn roots(addr: SocketAddr, data_root: &Hash) -> Result<Vec<u8>, String> {
	let path = format!("{BLOBS_PATH}{}{ROOTS_SUFFIX}", hex(data_root));
	let most = BlobLayout::for_len(MAX_BLOB_LEN).map_or(0, |l| l.roots_document_len() as usize);
	read(addr, &path, most, |_| {}).await
}

/// The body of `GET path`, at most `most` bytes, counted on `progress`.
async fn read(
	addr: SocketAddr,
	path: &str,
	most: usize,
	progress: impl Fn(u64),
) -> Result<Vec<u8>, String> {
	let request = Request::get(path)
		.header(hyper::header::HOST, addr.to_string())
		.body(Full::new(Bytes::new()))
		.map_err(|e| e.to_string())?;
	let response =
		open(addr).await?.send_request(request).await.map_err(|e| format!("download: {e}"))?;
	let status = response.status();
	let announced = content_length(response.headers()).unwrap_or(0) as usize;
	let mut body = response.into_body();
	let mut bytes = Vec::with_capacity(announced.min(most));
	while let Some(frame) = body.frame().await {
		let frame = frame.map_err(|e| format!("the download broke off: {e}"))?;
		if let Some(data) = frame.data_ref() {
			if bytes.len() + data.len() > most {
				return Err(format!("the node sent more than the {most} bytes expected"));
			}
			bytes.extend_from_slice(data);
			progress(data.len() as u64);
		}
	}
	if status.is_success() {
		Ok(bytes)
	} else {
		Err(refusal(status, &bytes))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::staging::Staging;
	use zerog_data::blob::CommittedBlob;

	impl Blobs for Staging {
		fn stage(&self, data_root: &Hash, bytes: &[u8]) -> Result<(), StagingError> {
			self.put_blob(data_root, bytes)
		}

		async fn blob(&self, data_root: Hash) -> Result<Vec<u8>, String> {
			let blob = self.committed(&data_root).ok_or("not staged")?;
			Ok(blob.bytes())
		}

		async fn roots(&self, data_root: Hash) -> Result<Vec<u8>, String> {
			Staging::roots(self, &data_root).map(|roots| roots.document).ok_or("not staged".into())
		}
	}

	async fn endpoint() -> (SocketAddr, Staging) {
		let listener = bind(0).unwrap();
		let addr = listener.local_addr().unwrap();
		let staging = Staging::default();
		tokio::spawn(serve(listener, staging.clone()));
		(addr, staging)
	}

	#[tokio::test]
	async fn a_blob_put_in_one_request_is_staged_and_its_bytes_counted() {
		let (addr, staging) = endpoint().await;
		let blob: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
		let root = CommittedBlob::new(&blob).unwrap().data_root;
		let sent = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
		let counter = sent.clone();
		put(addr, &root, Bytes::from(blob.clone()), move |n| {
			counter.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
		})
		.await
		.unwrap();
		assert_eq!(sent.load(std::sync::atomic::Ordering::Relaxed), blob.len() as u64);
		let staged = staging.committed(&root).expect("staged");
		assert_eq!(&staged.square.original()[..blob.len()], &blob[..]);

		let received = std::sync::atomic::AtomicU64::new(0);
		let got = get(addr, &root, |n| {
			received.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
		})
		.await
		.unwrap();
		assert_eq!(got, blob);
		assert_eq!(received.into_inner(), blob.len() as u64);
		let document = roots(addr, &root).await.unwrap();
		assert_eq!(document, staged.roots_document);
		zerog_data::blob::verify_blob(&root, &document, &got).unwrap();
	}

	#[tokio::test]
	async fn a_blob_the_node_cannot_have_is_an_error_not_bytes() {
		let (addr, _) = endpoint().await;
		assert_eq!(get(addr, &[9; 32], |_| {}).await.unwrap_err(), "not staged");
		assert_eq!(roots(addr, &[9; 32]).await.unwrap_err(), "not staged");
	}

	#[tokio::test]
	async fn a_blob_committing_to_another_root_is_refused_with_its_reason() {
		let (addr, staging) = endpoint().await;
		let error = put(addr, &[7; 32], Bytes::from_static(b"abc"), |_| {}).await.unwrap_err();
		assert!(error.starts_with("the blob commits to 0x"), "{error}");
		assert!(staging.staged().is_empty());
		let error = put(addr, &[7; 32], Bytes::new(), |_| {}).await.unwrap_err();
		assert!(error.contains("1 byte to 32 MiB"), "{error}");
	}

	#[test]
	fn paths_name_blobs_and_their_roots_documents() {
		let digits = "ab".repeat(32);
		assert_eq!(
			resource_of(&format!("{BLOBS_PATH}0x{digits}")),
			Some(Ok(Resource::Blob([0xab; 32])))
		);
		assert_eq!(
			resource_of(&format!("{BLOBS_PATH}0x{digits}{ROOTS_SUFFIX}")),
			Some(Ok(Resource::Roots([0xab; 32])))
		);
		assert_eq!(
			resource_of(&format!("{BLOBS_PATH}{}", "01".repeat(32))),
			Some(Ok(Resource::Blob([1; 32])))
		);
		assert!(matches!(resource_of(&format!("{BLOBS_PATH}0x12")), Some(Err(_))));
		assert!(matches!(resource_of(&format!("{BLOBS_PATH}0x12{ROOTS_SUFFIX}")), Some(Err(_))));
		assert!(matches!(resource_of(&format!("{BLOBS_PATH}0x{}", "zz".repeat(32))), Some(Err(_))));
		assert_eq!(resource_of("/elsewhere"), None);
	}
}
