//! The node's file endpoint: fragments pushed and files read as raw bytes over HTTP, on the
//! node's loopback interface only. `storage put` and `storage get` use it when they talk to a
//! node on this machine; the JSON-RPC methods stay for remote nodes (hex doubles every byte).
//!
//! | request | answer |
//! | --- | --- |
//! | `PUT /fragments/<root>?total=<bytes>&offset=<bytes>`, a piece of the fragment as the body | `200` `{"complete"}`: whether the whole fragment arrived and matched its root (as `storage_putFragment`); `400` `{"error"}` for a piece that does not fit or a fragment that does not match its root; `411` without `Content-Length`; `413` above [`MAX_PIECE_BODY`] |
//! | `GET /files/<dataRoot>` | `200` the file, streamed as the node decodes it window by window from any `k` fragments (its own, or its providers' over the fragment protocol), with its length as `Content-Length`; the stream breaks off short if a fragment fails to arrive or the bytes do not hash to `dataRoot` (its last window is sent only once they do); `404` `{"error"}` if no live order stores it |
//!
//! A malformed root or query is a `400`, another path a `404`, another method a `405`, a
//! store that fails a `500`, a chain the node cannot read a `503`. The node binds it to
//! `127.0.0.1` (`--storage-http-port`, any free port by default) and names it through the
//! unsafe RPC method `storage_httpEndpoint`.

use crate::{
	hex,
	retrieval::{best_order, Retriever},
	store::StoreError,
};
use bytes::Bytes;
use futures::StreamExt;
use http_body_util::{combinators::BoxBody, BodyExt, Full, Limited, StreamBody};
use hyper::{
	body::{Frame, Incoming},
	header::CONTENT_LENGTH,
	Method, Request, Response, StatusCode,
};
use serde_json::json;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use std::{future::Future, net::SocketAddr, sync::Arc};
use zerog_client_http::{content_length, parse_hash, refuse, reply};
use zerog_data::Hash;
use zerog_runtime::{opaque::Block, AccountId, Balance};
use zerog_storage_primitives::StorageMarketApi;

pub use zerog_client_http::bind;

/// Where pushed fragments go, followed by a fragment's root.
pub const FRAGMENTS_PATH: &str = "/fragments/";
/// Where files are read, followed by a file's data root.
pub const FILES_PATH: &str = "/files/";
/// Largest piece one request may push: 16 MiB.
pub const MAX_PIECE_BODY: u64 = 16 << 20;
/// Decoded windows a file stream holds ahead of the client reading it.
const STREAM_AHEAD: usize = 2;

/// A file as a stream of bytes: its length, then its bytes in order; an error ends it.
pub struct FileStream {
	/// The file's length.
	pub size: u64,
	/// Its bytes, window by window.
	pub windows: async_channel::Receiver<Result<Vec<u8>, String>>,
}

/// Why a file cannot be streamed at all.
#[derive(Debug)]
pub enum FileRefusal {
	/// No live order stores it.
	Unknown(String),
	/// The node cannot look it up now.
	Failed(String),
}

/// What the endpoint serves: the node's store for uploads, its retriever for files.
pub trait Files: Clone + Send + Sync + 'static {
	/// Adds a piece of an uploaded fragment (blocking: it writes to the store).
	fn put_piece(
		&self,
		root: &Hash,
		total: u64,
		offset: u64,
		piece: &[u8],
	) -> Result<bool, StoreError>;
	/// The file `data_root`, streamed.
	fn file(&self, data_root: Hash)
		-> impl Future<Output = Result<FileStream, FileRefusal>> + Send;
}

/// The node's files: uploads into its store, files from its live orders.
pub struct NodeFiles<C> {
	client: Arc<C>,
	retriever: Retriever,
}

impl<C> Clone for NodeFiles<C> {
	fn clone(&self) -> Self {
		Self { client: self.client.clone(), retriever: self.retriever.clone() }
	}
}

impl<C> NodeFiles<C> {
	/// The files of the chain `client` follows, through `retriever`.
	pub fn new(client: Arc<C>, retriever: Retriever) -> Self {
		Self { client, retriever }
	}
}

impl<C> Files for NodeFiles<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: StorageMarketApi<Block, AccountId, Balance>,
{
	fn put_piece(
		&self,
		root: &Hash,
		total: u64,
		offset: u64,
		piece: &[u8],
	) -> Result<bool, StoreError> {
		self.retriever.store.put_piece(root, total, offset, piece)
	}

	async fn file(&self, data_root: Hash) -> Result<FileStream, FileRefusal> {
		let order = best_order(&*self.client, &data_root).map_err(|error| match error {
			crate::retrieval::RetrievalError::NoOrder(_) => FileRefusal::Unknown(error.to_string()),
			error => FileRefusal::Failed(error.to_string()),
		})?;
		let (sink, windows) = async_channel::bounded(STREAM_AHEAD);
		let retriever = self.retriever.clone();
		let size = order.layout.size;
		tokio::spawn(async move {
			if let Err(error) = retriever.stream_file(&order, &sink).await {
				log::warn!(target: "storage", "streaming {}: {error}", hex(&order.data_root));
				let _ = sink.send(Err(error.to_string())).await;
			}
		});
		Ok(FileStream { size, windows })
	}
}

/// The endpoint's URL for a listener bound to `addr`.
pub fn endpoint_url(addr: SocketAddr) -> String {
	format!("http://{addr}/")
}

/// Serves `files` on `listener` until the node stops.
pub async fn serve<F: Files>(listener: std::net::TcpListener, files: F) {
	zerog_client_http::serve(listener, "storage", move |request| answer(files.clone(), request))
		.await
}

type Body = BoxBody<Bytes, std::io::Error>;

fn boxed(response: Response<Full<Bytes>>) -> Response<Body> {
	response.map(|body| body.map_err(|never| match never {}).boxed())
}

/// What a request's path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Resource {
	/// A fragment being pushed.
	Fragment(Hash),
	/// A file.
	File(Hash),
}

fn resource_of(path: &str) -> Option<Result<Resource, String>> {
	let (root, resource): (_, fn(Hash) -> Resource) =
		match (path.strip_prefix(FRAGMENTS_PATH), path.strip_prefix(FILES_PATH)) {
			(Some(root), _) => (root, Resource::Fragment),
			(_, Some(root)) => (root, Resource::File),
			_ => return None,
		};
	Some(parse_hash(root).map(resource).ok_or_else(|| format!("{root} is not a 32-byte hex root")))
}

/// Where a pushed piece goes in its fragment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Placement {
	total: u64,
	offset: u64,
}

fn placement_of(query: Option<&str>) -> Result<Placement, String> {
	let (mut total, mut offset) = (None, None);
	for pair in query.unwrap_or_default().split('&').filter(|pair| !pair.is_empty()) {
		let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
		let value = value.parse::<u64>().map_err(|_| format!("{key}={value} is not a number"));
		match key {
			"total" => total = Some(value?),
			"offset" => offset = Some(value?),
			_ => return Err(format!("unknown parameter {key}")),
		}
	}
	Ok(Placement {
		total: total.ok_or("the fragment's length is required: ?total=<bytes>")?,
		offset: offset.unwrap_or(0),
	})
}

async fn answer<F: Files>(files: F, request: Request<Incoming>) -> Response<Body> {
	let resource = match resource_of(request.uri().path()) {
		None => {
			return boxed(refuse(
				StatusCode::NOT_FOUND,
				"fragments are pushed to /fragments/<root>, files read from /files/<dataRoot>",
			))
		},
		Some(Err(message)) => return boxed(refuse(StatusCode::BAD_REQUEST, message)),
		Some(Ok(resource)) => resource,
	};
	match (request.method().clone(), resource) {
		(Method::PUT, Resource::Fragment(root)) => boxed(push(files, root, request).await),
		(Method::GET, Resource::File(data_root)) => stream(files, data_root).await,
		(_, Resource::Fragment(_)) => {
			boxed(refuse(StatusCode::METHOD_NOT_ALLOWED, "fragments are pushed (PUT)"))
		},
		(_, Resource::File(_)) => {
			boxed(refuse(StatusCode::METHOD_NOT_ALLOWED, "files are read (GET)"))
		},
	}
}

async fn push<F: Files>(files: F, root: Hash, request: Request<Incoming>) -> Response<Full<Bytes>> {
	let placement = match placement_of(request.uri().query()) {
		Ok(placement) => placement,
		Err(message) => return refuse(StatusCode::BAD_REQUEST, message),
	};
	let Some(len) = content_length(request.headers()) else {
		return refuse(StatusCode::LENGTH_REQUIRED, "the piece's Content-Length is required");
	};
	if len > MAX_PIECE_BODY {
		return refuse(
			StatusCode::PAYLOAD_TOO_LARGE,
			format!("a piece holds at most {MAX_PIECE_BODY} bytes, not {len}"),
		);
	}
	let body = match Limited::new(request.into_body(), MAX_PIECE_BODY as usize).collect().await {
		Ok(body) => body.to_bytes(),
		Err(error) => {
			return refuse(StatusCode::BAD_REQUEST, format!("the upload broke off: {error}"))
		},
	};
	let Placement { total, offset } = placement;
	let stored =
		tokio::task::spawn_blocking(move || files.put_piece(&root, total, offset, &body)).await;
	match stored {
		Ok(Ok(complete)) => reply(StatusCode::OK, json!({ "complete": complete })),
		Ok(Err(error @ StoreError::Database(_))) => {
			refuse(StatusCode::INTERNAL_SERVER_ERROR, error)
		},
		Ok(Err(error)) => refuse(StatusCode::BAD_REQUEST, error),
		Err(error) => refuse(StatusCode::INTERNAL_SERVER_ERROR, error),
	}
}

async fn stream<F: Files>(files: F, data_root: Hash) -> Response<Body> {
	let FileStream { size, windows } = match files.file(data_root).await {
		Ok(stream) => stream,
		Err(FileRefusal::Unknown(message)) => return boxed(refuse(StatusCode::NOT_FOUND, message)),
		Err(FileRefusal::Failed(message)) => {
			return boxed(refuse(StatusCode::SERVICE_UNAVAILABLE, message))
		},
	};
	let frames = windows.map(|window| {
		window.map(|bytes| Frame::data(Bytes::from(bytes))).map_err(std::io::Error::other)
	});
	let mut response = Response::new(BodyExt::boxed(StreamBody::new(frames)));
	response.headers_mut().insert(CONTENT_LENGTH, size.into());
	response
}

/// One connection to the endpoint at `addr` for pushing pieces of one fragment.
pub struct Pusher {
	sender: hyper::client::conn::http1::SendRequest<Full<Bytes>>,
	addr: SocketAddr,
}

impl Pusher {
	/// Opens a connection to the endpoint at `addr`.
	pub async fn open(addr: SocketAddr) -> Result<Self, String> {
		Ok(Self { sender: zerog_client_http::open(addr).await?, addr })
	}

	/// Pushes `piece` at `offset` of the fragment `root` of `total` bytes; returns whether the
	/// fragment is now complete (and matched its root).
	pub async fn push(
		&mut self,
		root: &Hash,
		total: u64,
		offset: u64,
		piece: Bytes,
	) -> Result<bool, String> {
		let request =
			Request::put(format!("{FRAGMENTS_PATH}{}?total={total}&offset={offset}", hex(root)))
				.header(hyper::header::HOST, self.addr.to_string())
				.header(CONTENT_LENGTH, piece.len())
				.body(Full::new(piece))
				.map_err(|e| e.to_string())?;
		self.sender.ready().await.map_err(|e| format!("the node's endpoint closed: {e}"))?;
		let response = self.sender.send_request(request).await.map_err(|e| format!("push: {e}"))?;
		let body = zerog_client_http::answer_body(response).await?;
		let answer: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
		Ok(answer["complete"].as_bool().unwrap_or(false))
	}
}

/// Opens the stream of the file `data_root` from the endpoint at `addr`: its announced length
/// and its body. The bytes are the node's word: check them against `data_root`.
pub async fn read_file(addr: SocketAddr, data_root: &Hash) -> Result<(u64, Incoming), String> {
	let request = Request::get(format!("{FILES_PATH}{}", hex(data_root)))
		.header(hyper::header::HOST, addr.to_string())
		.body(Full::new(Bytes::new()))
		.map_err(|e| e.to_string())?;
	let response = zerog_client_http::open(addr)
		.await?
		.send_request(request)
		.await
		.map_err(|e| format!("download: {e}"))?;
	if !response.status().is_success() {
		return Err(zerog_client_http::answer_body(response).await.err().unwrap_or_default());
	}
	let size = content_length(response.headers()).ok_or("the node announced no length")?;
	Ok((size, response.into_body()))
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::store::FragmentStore;

	/// Files of a store whose fragments are a fixed list; a file is its fragments' bytes
	/// concatenated (enough to check the endpoint's plumbing).
	#[derive(Clone)]
	struct StoreFiles {
		store: FragmentStore,
		files: Arc<Vec<(Hash, Vec<u8>)>>,
	}

	impl Files for StoreFiles {
		fn put_piece(
			&self,
			root: &Hash,
			total: u64,
			offset: u64,
			piece: &[u8],
		) -> Result<bool, StoreError> {
			self.store.put_piece(root, total, offset, piece)
		}

		async fn file(&self, data_root: Hash) -> Result<FileStream, FileRefusal> {
			let (_, bytes) = self
				.files
				.iter()
				.find(|(root, _)| *root == data_root)
				.ok_or_else(|| FileRefusal::Unknown("no live order stores it".into()))?;
			let (sink, windows) = async_channel::bounded(8);
			for window in bytes.chunks(1000) {
				if data_root == [0xee; 32] && window.len() < 1000 {
					sink.send(Err("a fragment broke off".into())).await.unwrap();
					break;
				}
				sink.send(Ok(window.to_vec())).await.unwrap();
			}
			Ok(FileStream { size: bytes.len() as u64, windows })
		}
	}

	async fn endpoint(files: Vec<(Hash, Vec<u8>)>) -> (SocketAddr, FragmentStore) {
		let listener = bind(0).unwrap();
		let addr = listener.local_addr().unwrap();
		let store = FragmentStore::in_memory();
		tokio::spawn(serve(listener, StoreFiles { store: store.clone(), files: Arc::new(files) }));
		(addr, store)
	}

	async fn body(mut body: Incoming) -> Result<Vec<u8>, String> {
		let mut bytes = Vec::new();
		while let Some(frame) = body.frame().await {
			let frame = frame.map_err(|e| e.to_string())?;
			bytes.extend_from_slice(frame.data_ref().map(|b| &b[..]).unwrap_or_default());
		}
		Ok(bytes)
	}

	#[tokio::test]
	async fn pieces_pushed_in_requests_stage_a_checked_fragment() {
		let (addr, store) = endpoint(vec![]).await;
		let fragment: Vec<u8> = (0..300_000u32).map(|i| (i % 253) as u8).collect();
		let root = zerog_data::root(&fragment);
		let mut pusher = Pusher::open(addr).await.unwrap();
		let total = fragment.len() as u64;
		assert!(!pusher
			.push(&root, total, 0, Bytes::from(fragment[..200_000].to_vec()))
			.await
			.unwrap());
		assert!(pusher
			.push(&root, total, 200_000, Bytes::from(fragment[200_000..].to_vec()))
			.await
			.unwrap());
		assert_eq!(store.get(&root).unwrap(), fragment);

		let error = pusher.push(&[1; 32], 10, 8, Bytes::from_static(b"abc")).await.unwrap_err();
		assert!(error.contains("does not fit"), "{error}");
		let error = pusher.push(&[1; 32], 3, 0, Bytes::from_static(b"abc")).await.unwrap_err();
		assert!(error.contains("does not match its root"), "{error}");
		assert!(store.get(&[1; 32]).is_none());
	}

	#[tokio::test]
	async fn a_file_streams_with_its_length_and_an_unknown_one_is_a_clear_error() {
		let file: Vec<u8> = (0..4500u32).map(|i| i as u8).collect();
		let (addr, _) = endpoint(vec![([5; 32], file.clone()), ([0xee; 32], vec![1; 1500])]).await;
		let (size, stream) = read_file(addr, &[5; 32]).await.unwrap();
		assert_eq!(size, 4500);
		assert_eq!(body(stream).await.unwrap(), file);
		assert_eq!(read_file(addr, &[6; 32]).await.unwrap_err(), "no live order stores it");
		let broken = match read_file(addr, &[0xee; 32]).await {
			Err(_) => true,
			Ok((_, stream)) => body(stream).await.is_err(),
		};
		assert!(broken, "a stream that fails breaks off, never ends clean");
	}

	#[test]
	fn paths_and_queries_name_what_they_should() {
		let digits = "ab".repeat(32);
		assert_eq!(
			resource_of(&format!("{FRAGMENTS_PATH}0x{digits}")),
			Some(Ok(Resource::Fragment([0xab; 32])))
		);
		assert_eq!(
			resource_of(&format!("{FILES_PATH}0x{digits}")),
			Some(Ok(Resource::File([0xab; 32])))
		);
		assert!(matches!(resource_of(&format!("{FILES_PATH}0x12")), Some(Err(_))));
		assert_eq!(resource_of("/blobs/x"), None);
		assert_eq!(placement_of(Some("total=10&offset=4")), Ok(Placement { total: 10, offset: 4 }));
		assert_eq!(placement_of(Some("total=10")), Ok(Placement { total: 10, offset: 0 }));
		assert!(placement_of(Some("offset=4")).unwrap_err().contains("?total="));
		assert!(placement_of(Some("total=x")).unwrap_err().contains("not a number"));
		assert!(placement_of(Some("total=1&size=2")).unwrap_err().contains("unknown parameter"));
	}
}
