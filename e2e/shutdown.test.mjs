// A node stopped with SIGINT (Ctrl-C) ends cleanly: exit code 0, no abort, and its `--tmp`
// base path removed. Tried as a user would, several times over, on a plain dev node and on a
// storage provider that stored a file (RocksDB stores open, an off-chain worker and the
// Ethereum RPC child running). The same node also accepts addresses in the chain's own SS58
// format (4242) in the RPCs that take addresses, and refuses `storage_fetchFile` (which
// gathers a whole file in memory) when its RPC is public (`--rpc-methods safe`).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ZG, sr25519Keyring } from './lib/accounts.mjs';
import { LOG_DIR, NODE_BINARY, rpc, waitFor } from './lib/devnode.mjs';
import tx from './lib/tx.cjs';

const run = promisify(execFile);
const STORAGE_SERVICE = 1;
const RPC_PORT = 19966;
const HTTP = `http://127.0.0.1:${RPC_PORT}`;
const WS = `ws://127.0.0.1:${RPC_PORT}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `zerog-node --dev --tmp …`; resolves once it produced a block, with its temp path. */
async function startTmpNode(name, extraArgs = []) {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logPath = path.join(LOG_DIR, `${name}.log`);
  fs.writeFileSync(logPath, '');
  const log = fs.openSync(logPath, 'a');
  const child = spawn(NODE_BINARY, [
    '--dev', '--tmp', `--rpc-port=${RPC_PORT}`, '--port=40366', '--eth-rpc-port=18566',
    '--no-prometheus', '--no-hardware-benchmarks', ...extraArgs,
  ], { stdio: ['ignore', log, log] });
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const tmp = await waitFor('the node to open its database', () => {
    const match = fs.readFileSync(logPath, 'utf8').match(/Database: RocksDb at (\S+?)\/chains\//);
    return match?.[1];
  }, 60_000);
  await waitFor('a block', async () => {
    const header = await rpc(HTTP, 'chain_getHeader');
    return parseInt(header.number, 16) >= 1;
  }, 60_000);
  return { child, exit, tmp, logPath };
}

/** Sends SIGINT and resolves to how the node ended. */
async function interrupt({ child, exit }) {
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const outcome = await exit;
  clearTimeout(timer);
  return outcome;
}

function assertCleanExit(outcome, node) {
  const log = fs.readFileSync(node.logPath, 'utf8');
  assert.deepEqual(outcome, { code: 0, signal: null }, `node ended with ${JSON.stringify(outcome)}; log tail:\n${log.slice(-2000)}`);
  assert.doesNotMatch(log, /pthread lock|Aborted|panicked/);
  assert.ok(!fs.existsSync(node.tmp), `${node.tmp} was left behind`);
}

describe('a node stopped with SIGINT exits 0 and leaves no --tmp folder', () => {
  it('accepts addresses in the chain\'s own SS58 format, and keeps heavy storage RPCs local', async () => {
    const node = await startTmpNode('shutdown-ss58', ['--rpc-methods=safe']);
    try {
      const alice = sr25519Keyring().addFromUri('//Alice');
      assert.match(alice.address, /^[1-9A-HJ-NP-Za-km-z]+$/);
      const nonce = await rpc(HTTP, 'system_accountNextIndex', [alice.address]);
      assert.equal(typeof nonce, 'number');
      // Gathering a whole file into the node's memory is refused on a public interface.
      await assert.rejects(rpc(HTTP, 'storage_fetchFile', [`0x${'11'.repeat(32)}`]), /unsafe/i);
    } finally {
      assertCleanExit(await interrupt(node), node);
    }
  });

  for (let round = 1; round <= 5; round += 1) {
    it(`a plain dev node, round ${round}`, async () => {
      const node = await startTmpNode(`shutdown-plain-${round}`);
      await sleep(3_000 * round);
      assertCleanExit(await interrupt(node), node);
    });
  }

  for (let round = 1; round <= 3; round += 1) {
    it(`a storage provider that stored a file, round ${round}`, async () => {
      const node = await startTmpNode(`shutdown-provider-${round}`, ['--storage-provider']);
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-shutdown-'));
      let api;
      try {
        api = await ApiPromise.create({ provider: new WsProvider(WS), noInitWarn: true });
        const keyring = sr25519Keyring();
        for (const uri of ['//Alice', '//Bob']) {
          const pair = keyring.addFromUri(uri);
          await rpc(HTTP, 'author_insertKey', [tx.PROVIDER_KEY_TYPE, uri, tx.toHex(pair.publicKey)]);
          await tx.submit(api, api.tx.utility.batchAll([
            api.tx.staking.bond(100n * ZG, 'Staked'),
            api.tx.staking.optIn(STORAGE_SERVICE),
            api.tx.storageMarket.registerProvider(1n << 40n, 0),
          ]), pair);
        }
        const file = path.join(work, 'data.bin');
        fs.writeFileSync(file, crypto.randomBytes(256 * 1024 + round));
        const { stdout } = await run(NODE_BINARY, [
          'storage', 'put', file, '--url', WS, '--suri', '//Charlie',
          '--data-shards', '1', '--parity-shards', '1', '--periods', '10', '--timeout', '120',
        ]);
        assert.match(stdout, /order \d+ placed/);
      } finally {
        await api?.disconnect();
        fs.rmSync(work, { recursive: true, force: true });
        assertCleanExit(await interrupt(node), node);
      }
    });
  }
});
