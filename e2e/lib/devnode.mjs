// Starts and stops a real `zerog-node --dev` with its Ethereum RPC (`--eth-rpc-port`) for the
// end-to-end tests. The node keeps its chain under `basePath`, so a test can stop it and start
// it again on the same chain.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(process.env.HOME, '.cache/zerog-target');

/** The node binary: `$ZEROG_NODE`, or the release build in the cargo target directory. */
export const NODE_BINARY = process.env.ZEROG_NODE ?? path.join(targetDir, 'release/zerog-node');

/** Where node logs go: one file per node name, appended to across restarts. */
export const LOG_DIR = path.join(root, 'e2e/logs');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one JSON-RPC request over HTTP; resolves to its result, rejects on any failure. */
export async function rpc(url, method, params = []) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = await response.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor(what, check, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(500);
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
}

/** A dev node on the given ports. */
export class DevNode {
  constructor({
    name = 'dev',
    basePath,
    rpcPort = 19944,
    ethRpcPort = 18545,
    p2pPort = 40333,
    extraArgs = [],
  }) {
    this.name = name;
    this.extraArgs = extraArgs;
    this.basePath = basePath;
    this.rpcPort = rpcPort;
    this.ethRpcPort = ethRpcPort;
    this.p2pPort = p2pPort;
    this.process = null;
  }

  get wsUrl() {
    return `ws://127.0.0.1:${this.rpcPort}`;
  }

  get ethUrl() {
    return `http://127.0.0.1:${this.ethRpcPort}`;
  }

  /** Starts the node and resolves once the Ethereum RPC answers and blocks are produced. */
  async start() {
    if (!fs.existsSync(NODE_BINARY)) {
      throw new Error(`${NODE_BINARY} is missing: build it with cargo build --release -p zerog-node`);
    }
    fs.mkdirSync(LOG_DIR, { recursive: true });
    const log = fs.openSync(path.join(LOG_DIR, `${this.name}.log`), 'a');
    this.process = spawn(
      NODE_BINARY,
      [
        '--dev',
        `--base-path=${this.basePath}`,
        `--rpc-port=${this.rpcPort}`,
        `--port=${this.p2pPort}`,
        `--eth-rpc-port=${this.ethRpcPort}`,
        '--no-prometheus',
        '--no-hardware-benchmarks',
        '--rpc-max-connections=1000',
        ...this.extraArgs,
      ],
      { stdio: ['ignore', log, log] },
    );
    const exited = new Promise((_, reject) => {
      this.process.once('exit', (code) => reject(new Error(`${this.name} exited with ${code}`)));
    });
    exited.catch(() => {});
    const ready = (async () => {
      const start = await waitFor('the Ethereum RPC', () => rpc(this.ethUrl, 'eth_blockNumber'));
      await waitFor('a new block', async () =>
        BigInt(await rpc(this.ethUrl, 'eth_blockNumber')) > BigInt(start));
    })();
    await Promise.race([ready, exited]);
  }

  /** Stops the node with SIGINT (a clean shutdown) and waits for it to exit. */
  async stop() {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
    this.process = null;
    // The Ethereum RPC child exits with the node; wait until its port is free again.
    await waitFor('the Ethereum RPC to stop', async () => {
      try {
        await rpc(this.ethUrl, 'eth_chainId');
        return false;
      } catch {
        return true;
      }
    }, 30_000);
  }
}
