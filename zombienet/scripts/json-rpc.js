// One JSON-RPC request over HTTP (zombienet loads each script as its own module).

/** Calls `method` at `url` (a `ws://` node URI is reached over HTTP on the same port). */
async function rpc(url, method, params = []) {
  const response = await fetch(url.replace(/^ws/, 'http'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = await response.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

module.exports = { rpc };
