// The storage market end to end on a real `zerog-node --dev --storage-provider`: two providers
// (//Alice and //Bob, whose keys the node holds) stake and register through @polkadot/api;
// `zerog-node storage put|get` stores and gets a file through the node (its file endpoint,
// and its RPC); the node's off-chain worker confirms and proves the fragments; a Solidity
// contract reads the proof status through the storage precompile over the Ethereum RPC. Then
// two more providers join and a 1 GiB file goes through four of them (k = 2, m = 2).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ethers } from 'ethers';
import { compile } from '../contracts/compile.mjs';
import { ETH_DEV_KEYS, ZG, sr25519Keyring } from './lib/accounts.mjs';
import { DevNode, NODE_BINARY, rpc, waitFor } from './lib/devnode.mjs';
import { PROVIDER_KEY_TYPE, submit, toHex } from './lib/tx.cjs';

const run = promisify(execFile);
const STORAGE_SERVICE = 1;
const ORDER_PROVEN = 3n;

/** Runs `zerog-node storage …`; resolves to { code, stdout, stderr } without throwing. */
async function storage(...args) {
  try {
    const { stdout, stderr } = await run(NODE_BINARY, ['storage', ...args], { maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

describe('storage market through the node, the CLI and a contract', () => {
  const basePath = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-storage-'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-storage-files-'));
  const node = new DevNode({
    name: 'storage-dev',
    basePath,
    rpcPort: 19955,
    ethRpcPort: 18555,
    p2pPort: 40355,
    // Uploads nobody finishes are dropped after 30 s (the default is an hour).
    extraArgs: ['--storage-provider', '--storage-upload-ttl', '30'],
  });
  const keyring = sr25519Keyring();
  const alice = keyring.addFromUri('//Alice');
  const bob = keyring.addFromUri('//Bob');
  const file = path.join(work, 'dataset.bin');
  const dataRoot = () => `0x${fs.readFileSync(path.join(work, 'root'), 'utf8')}`;
  let api;

  /** Puts each account's key into the node's keystore, then stakes, opts in and registers it. */
  async function registerProviders(uris) {
    for (const uri of uris) {
      const pair = keyring.addFromUri(uri);
      await rpc(node.wsUrl.replace('ws', 'http'), 'author_insertKey', [PROVIDER_KEY_TYPE, uri, toHex(pair.publicKey)]);
      await submit(api, api.tx.utility.batchAll([
        api.tx.staking.bond(100n * ZG, 'Staked'),
        api.tx.staking.optIn(STORAGE_SERVICE),
        api.tx.storageMarket.registerProvider(1n << 40n, 0),
      ]), pair);
    }
  }

  before(async () => {
    await node.start();
    api = await ApiPromise.create({ provider: new WsProvider(node.wsUrl), noInitWarn: true });
    fs.writeFileSync(file, crypto.randomBytes(3 * 1024 * 1024 + 12_345));
  });

  after(async () => {
    await api?.disconnect();
    await node.stop();
    fs.rmSync(basePath, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('checks the code and the file against the chain before reading the file', async () => {
    const limits = await rpc(node.wsUrl.replace('ws', 'http'), 'storage_limits');
    assert.equal(limits.maxFragments, 32);
    const parity = await storage('put', file, '--url', node.wsUrl, '--parity-shards', '0');
    assert.notEqual(parity.code, 0);
    assert.match(parity.stderr, /--parity-shards \(m, .*\) must be at least 1/);
    const data = await storage('put', file, '--url', node.wsUrl, '--data-shards', '0');
    assert.match(data.stderr, /--data-shards \(k, .*\) must be at least 1/);
    const wide = await storage('put', file, '--url', node.wsUrl, '--data-shards', '30', '--parity-shards', '3');
    assert.notEqual(wide.code, 0);
    assert.match(wide.stderr, /30 \+ 3 = 33 fragments; the chain allows at most 32 per file/);
    assert.doesNotMatch(wide.stdout, /committed in/, 'refused before the file was read and encoded');
    const empty = path.join(work, 'empty.bin');
    fs.writeFileSync(empty, '');
    const nothing = await storage('put', empty, '--url', node.wsUrl);
    assert.match(nothing.stderr, /empty\.bin is empty; there is nothing to store/);
    const absent = await storage('put', path.join(work, 'absent.bin'), '--url', node.wsUrl);
    assert.match(absent.stderr, /cannot read .*absent\.bin: No such file/);
  });

  it('refuses an order no provider can take, before anything reaches the chain', async () => {
    const next = (await api.query.storageMarket.nextOrderId()).toBigInt();
    const result = await storage('put', file, '--url', node.wsUrl, '--data-shards', '1', '--parity-shards', '1');
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /NotEnoughProviders/);
    assert.equal((await api.query.storageMarket.nextOrderId()).toBigInt(), next);
  });

  it('reports an unreachable node and an account that cannot pay', async () => {
    const unreachable = await storage('put', file, '--url', 'ws://127.0.0.1:1');
    assert.notEqual(unreachable.code, 0);
    assert.match(unreachable.stderr, /cannot reach the node at ws:\/\/127\.0\.0\.1:1/);
    const broke = await storage('put', file, '--url', node.wsUrl, '--suri', '//NoFunds', '--data-shards', '1', '--parity-shards', '1');
    assert.notEqual(broke.code, 0);
    assert.match(broke.stderr, /cannot pay the transaction fee/);
  });

  it('registers two staked providers whose keys the node holds', async () => {
    await submit(api, api.tx.sudo.sudo(
      api.tx.parameters.setParameter({ Storage: { ChallengePeriod: [null, 5] } }),
    ), alice);
    await registerProviders(['//Alice', '//Bob']);
    assert.equal((await api.query.storageMarket.providerCount()).toNumber(), 2);
    // The node's off-chain worker publishes its peer id for each provider whose key it holds.
    const http = node.wsUrl.replace('ws', 'http');
    const peerId = await rpc(http, 'system_localPeerId');
    for (const pair of [alice, bob]) {
      await waitFor(`${pair.address}'s node identity on chain`, async () =>
        (await rpc(http, 'storage_provider', [pair.address]))?.peerId === peerId, 60_000);
    }
  });

  it('refuses an order whose escrow the account cannot pay, taking nothing', async () => {
    // 0.01 ZG pays the fee, not 500,000 periods of two 3 MiB fragments (≈ 0.029 ZG).
    const poor = keyring.addFromUri('//Poor');
    const funds = ZG / 100n;
    await submit(api, api.tx.balances.transferKeepAlive(poor.address, funds), alice);
    const next = (await api.query.storageMarket.nextOrderId()).toBigInt();
    const result = await storage('put', file, '--url', node.wsUrl, '--suri', '//Poor', '--data-shards', '1', '--parity-shards', '1', '--periods', '500000');
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /InsufficientBalance \(the account cannot pay the escrow/);
    assert.equal((await api.query.storageMarket.nextOrderId()).toBigInt(), next);
    assert.equal((await api.query.system.account(poor.address)).data.free.toBigInt(), funds);
  });

  it('stores a file: encoded, pushed, ordered and confirmed by both providers', async () => {
    const result = await storage('put', file, '--url', node.wsUrl, '--suri', '//Charlie', '--data-shards', '1', '--parity-shards', '1', '--periods', '100', '--timeout', '180');
    assert.equal(result.code, 0, result.stderr);
    const root = result.stdout.match(/data root (0x[0-9a-f]{64})/)[1];
    fs.writeFileSync(path.join(work, 'root'), root.slice(2));
    assert.match(result.stdout, /order \d+ placed/);
    // With k = 1 the parity fragment equals the data fragment: one upload copy to release.
    assert.match(result.stdout, /released its 1 uploaded copies/);
    const [id] = await rpc(node.wsUrl.replace('ws', 'http'), 'storage_ordersOf', [root]);
    const order = await rpc(node.wsUrl.replace('ws', 'http'), 'storage_order', [id]);
    assert.equal(order.stored, 2);
    assert.equal(order.size, fs.statSync(file).size);
    const providers = order.fragments.map((f) => f.provider).sort();
    assert.deepEqual(providers, [alice.address, bob.address].sort(), 'one fragment each');
  });

  it('proves the fragments from the off-chain worker, and a contract sees the data proven', async () => {
    const http = node.wsUrl.replace('ws', 'http');
    const [id] = await rpc(http, 'storage_ordersOf', [dataRoot()]);
    const provider = new ethers.JsonRpcProvider(node.ethUrl, undefined, { polling: true, pollingInterval: 500 });
    const wallet = new ethers.Wallet(ETH_DEV_KEYS.alith, provider);
    const { abi, bytecode } = compile().DatasetRegistry;
    const registry = await (await new ethers.ContractFactory(abi, bytecode, wallet).deploy()).waitForDeployment();

    await assert.rejects(registry.register.staticCall(ethers.ZeroHash, 'nothing'), (error) => {
      assert.equal(registry.interface.parseError(error.data)?.name, 'NotStored');
      return true;
    });
    const [pendingStatus, size, , total] = await registry.orderStatus(id);
    assert.ok(pendingStatus >= 1n, 'a live order is at least pending');
    assert.equal(size, BigInt(fs.statSync(file).size));
    assert.equal(total, 2n);

    await waitFor('both fragments proven in an ended period', async () =>
      (await registry.orderStatus(id))[0] === ORDER_PROVEN, 180_000);
    const receipt = await (await registry.register(dataRoot(), 'shared corpus v1')).wait();
    const event = registry.interface.parseLog(receipt.logs[0]);
    assert.equal(event.name, 'Registered');
    assert.equal(await registry.names(dataRoot()), 'shared corpus v1');
    const payee = (await api.query.storageMarket.providers(alice.address)).unwrap();
    assert.ok(payee.proofs.lastProved.isSome, "Alice's provider proved a period");
  });

  it('gets the file back byte-identical, and refuses an unknown root leaving no file', async () => {
    for (const transport of ['http', 'rpc']) {
      const output = path.join(work, `downloaded-${transport}.bin`);
      const result = await storage('get', dataRoot(), '-o', output, '--url', node.wsUrl, '--transport', transport);
      assert.equal(result.code, 0, result.stderr);
      assert.ok(fs.readFileSync(output).equals(fs.readFileSync(file)), transport);
    }

    const missing = path.join(work, 'missing.bin');
    const unknown = await storage('get', `0x${'11'.repeat(32)}`, '-o', missing, '--url', node.wsUrl);
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /cannot get 0x1111.*: no live order stores 0x1111/);
    assert.doesNotMatch(unknown.stderr, /ErrorObject|ServerError/, 'the message, not a debug dump');
    assert.ok(!fs.existsSync(missing) && !fs.existsSync(`${missing}.part`));
  });

  it('refuses to write a file over a directory, naming it and leaving nothing behind', async () => {
    const directory = path.join(work, 'downloads');
    fs.mkdirSync(directory);
    const result = await storage('get', dataRoot(), '-o', directory, '--url', node.wsUrl);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /cannot write the file to .*downloads: it is a directory/);
    assert.ok(!fs.existsSync(`${directory}.part`));
    assert.deepEqual(fs.readdirSync(directory), []);
  });

  it('drops what a `storage put` killed mid-push left on the node once the upload TTL passed', async () => {
    const http = node.wsUrl.replace('ws', 'http');
    const big = path.join(work, 'big.bin');
    fs.writeFileSync(big, crypto.randomBytes(48 << 20));
    // Hex through the RPC pushes 96 MiB of fragments for seconds (raw bytes over HTTP take a
    // fraction of a second): long enough to be caught mid-push.
    const put = spawn(NODE_BINARY, ['storage', 'put', big, '--url', node.wsUrl, '--data-shards', '1', '--parity-shards', '1', '--transport', 'rpc'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => put.on('exit', resolve));
    const held = await waitFor('the put to reach the node', async () => {
      const uploads = await rpc(http, 'storage_uploads');
      return uploads.partial > 0 && uploads;
    }, 60_000);
    put.kill('SIGKILL');
    await exited;
    console.log(`killed mid-push: ${JSON.stringify(held)}`);
    const left = await rpc(http, 'storage_uploads');
    assert.ok(left.partialBytes + left.stagedBytes > 0, 'the half-pushed upload is on the node');
    const started = Date.now();
    await waitFor('the abandoned upload to be dropped', async () => {
      const uploads = await rpc(http, 'storage_uploads');
      return uploads.partial === 0 && uploads.staged === 0;
    }, 90_000);
    console.log(`abandoned upload dropped ${(Date.now() - started) / 1000} s after the kill (TTL 30 s)`);
  });

  it('stores a 1 GiB file on four providers (k = 2, m = 2) and gets it back byte-identical, at disk speed', async () => {
    const http = node.wsUrl.replace('ws', 'http');
    await registerProviders(['//Dave', '//Eve']);
    assert.equal((await api.query.storageMarket.providerCount()).toNumber(), 4);

    const large = path.join(work, 'large.bin');
    const out = fs.openSync(large, 'w');
    for (let i = 0; i < 16; i += 1) fs.writeSync(out, crypto.randomBytes(64 << 20));
    fs.closeSync(out);
    const put = await storage('put', large, '--url', node.wsUrl, '--suri', '//Ferdie', '--data-shards', '2', '--parity-shards', '2', '--periods', '10', '--timeout', '600');
    assert.equal(put.code, 0, put.stderr);
    const root = put.stdout.match(/data root (0x[0-9a-f]{64})/)[1];
    const pushed = put.stdout.match(/pushed .* ([0-9.]+) MiB\/s of the file/);
    const stored = put.stdout.match(/put ([0-9.]+) MiB\/s \(commit and push\)/);
    assert.ok(pushed && stored, put.stdout);
    assert.match(put.stdout, /raw bytes over HTTP/);
    const [id] = await rpc(http, 'storage_ordersOf', [root]);
    const order = await rpc(http, 'storage_order', [id]);
    assert.equal(order.stored, 4);
    assert.equal(new Set(order.fragments.map((f) => f.provider)).size, 4, 'one fragment per provider');

    const output = path.join(work, 'large-back.bin');
    const get = await storage('get', root, '-o', output, '--url', node.wsUrl);
    assert.equal(get.code, 0, get.stderr);
    const got = get.stdout.match(/([0-9.]+) MiB\/s end to end/);
    assert.ok(got, get.stdout);
    const digest = async (name) => {
      const hash = crypto.createHash('sha256');
      for await (const chunk of fs.createReadStream(name, { highWaterMark: 8 << 20 })) hash.update(chunk);
      return hash.digest('hex');
    };
    assert.equal(await digest(output), await digest(large), 'byte-identical');
    console.log(`1 GiB, k = 2, m = 2: put ${stored[1]} MiB/s (push ${pushed[1]} MiB/s), get ${got[1]} MiB/s`);
    fs.rmSync(large);
    fs.rmSync(output);
  });
});
