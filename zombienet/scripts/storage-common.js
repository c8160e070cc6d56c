// Helpers shared by the storage scripts (zombienet loads each script as its own module).
const fs = require('fs');
const path = require('path');
const { rpc } = require('./json-rpc.js');

/** Where the storage scripts keep the test file and its data root. */
const WORKDIR = process.env.ZEROG_STORAGE_WORKDIR ?? '/tmp/zerog-storage-e2e';

/** The data root `storage-put.sh` recorded. */
const dataRoot = () => fs.readFileSync(path.join(WORKDIR, 'root.txt'), 'utf8').trim();

/** The live order of the test file, as `storage_order` reports it. */
async function testOrder(wsUri) {
  const [id] = await rpc(wsUri, 'storage_ordersOf', [dataRoot()]);
  if (id === undefined) throw new Error('no live order for the test file');
  return rpc(wsUri, 'storage_order', [id]);
}

/** `//Name//stash` for a zombienet node name. */
const stashUri = (name) => `//${name[0].toUpperCase()}${name.slice(1)}//stash`;

module.exports = { WORKDIR, dataRoot, rpc, testOrder, stashUri };
