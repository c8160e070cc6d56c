// The EVM seen from Ethereum tooling: a real `zerog-node --dev --eth-rpc-port`, ethers v6 over
// its Ethereum JSON-RPC, contracts compiled by solc, and @polkadot/api on the Substrate side.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ethers } from 'ethers';
import { compile } from '../contracts/compile.mjs';
import {
  ETH_DEV_KEYS,
  ZG,
  ethToSubstrateAccount,
  sr25519Keyring,
  substrateToEthAddress,
} from './lib/accounts.mjs';
import { DevNode, rpc } from './lib/devnode.mjs';
import { submit } from './lib/tx.cjs';

/** zerog's EIP-155 chain id. */
const CHAIN_ID = 42424n;
/** The existential deposit: what an account must keep, so what `eth_getBalance` leaves out. */
const EXISTENTIAL_DEPOSIT = 10n ** 15n;
const TOKEN_SUPPLY = 1_000_000n * ZG;

async function freeBalance(api, account) {
  return (await api.query.system.account(account)).data.free.toBigInt();
}

describe('EVM through the Ethereum RPC', () => {
  const basePath = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-evm-'));
  const node = new DevNode({ name: 'evm-dev', basePath });
  const artifacts = compile();
  let provider;
  let api;
  let alith;
  let baltathar;
  let charleth;
  let token;
  let tokenDeployBlock;
  let transferReceipt;
  let notary;

  const connect = () => {
    provider?.destroy();
    provider = new ethers.JsonRpcProvider(node.ethUrl, undefined, {
      staticNetwork: true,
      pollingInterval: 500,
    });
    alith = new ethers.Wallet(ETH_DEV_KEYS.alith, provider);
    baltathar = new ethers.Wallet(ETH_DEV_KEYS.baltathar, provider);
    charleth = new ethers.Wallet(ETH_DEV_KEYS.charleth, provider);
    if (token) token = token.connect(alith);
  };

  before(async () => {
    await node.start();
    connect();
    api = await ApiPromise.create({ provider: new WsProvider(node.wsUrl), noInitWarn: true });
  });

  after(async () => {
    await api?.disconnect();
    provider?.destroy();
    await node.stop();
    fs.rmSync(basePath, { recursive: true, force: true });
  });

  it('reports chain id 42424, and the dev keys hold ZG with nonce 0', async () => {
    assert.equal(await rpc(node.ethUrl, 'eth_chainId'), '0xa5b8');
    assert.equal((await provider.getNetwork()).chainId, CHAIN_ID);
    for (const key of Object.values(ETH_DEV_KEYS)) {
      const address = new ethers.Wallet(key).address;
      const balance = await provider.getBalance(address);
      assert.equal(balance, 1_000_000n * ZG - EXISTENTIAL_DEPOSIT, `balance of ${address}`);
      assert.equal(await provider.getTransactionCount(address), 0);
    }
  });

  it('deploys an ERC-20 and transfers it, with receipts carrying the logs', async () => {
    const { abi, bytecode } = artifacts.Token;
    const factory = new ethers.ContractFactory(abi, bytecode, alith);
    token = await factory.deploy('Zerog Test Token', 'ZTT', TOKEN_SUPPLY);
    const deployReceipt = await token.deploymentTransaction().wait();
    assert.equal(deployReceipt.status, 1);
    tokenDeployBlock = deployReceipt.blockNumber;
    assert.notEqual(await provider.getCode(await token.getAddress()), '0x');
    assert.equal(await token.symbol(), 'ZTT');
    assert.equal(await token.totalSupply(), TOKEN_SUPPLY);
    assert.equal(await token.balanceOf(alith.address), TOKEN_SUPPLY);
    assert.equal(await provider.getTransactionCount(alith.address), 1);

    const tx = await token.transfer(baltathar.address, 1_000n * ZG);
    transferReceipt = await tx.wait();
    assert.equal(transferReceipt.status, 1);
    assert.ok(transferReceipt.blockNumber > tokenDeployBlock);
    assert.equal(transferReceipt.logs.length, 1);
    const event = token.interface.parseLog(transferReceipt.logs[0]);
    assert.equal(event.name, 'Transfer');
    assert.deepEqual([...event.args], [alith.address, baltathar.address, 1_000n * ZG]);
    assert.equal(await token.balanceOf(baltathar.address), 1_000n * ZG);
    assert.equal(await token.balanceOf(alith.address), TOKEN_SUPPLY - 1_000n * ZG);
  });

  it('finds logs with eth_getLogs by address, topic and block range', async () => {
    const address = await token.getAddress();
    const transferTopic = token.interface.getEvent('Transfer').topicHash;
    const both = await provider.getLogs({
      address,
      topics: [transferTopic],
      fromBlock: tokenDeployBlock,
      toBlock: transferReceipt.blockNumber,
    });
    assert.deepEqual(
      both.map((log) => token.interface.parseLog(log).args.to),
      [alith.address, baltathar.address],
      'the mint, then the transfer',
    );

    const toBaltathar = await provider.getLogs({
      address,
      topics: [transferTopic, null, ethers.zeroPadValue(baltathar.address, 32)],
      fromBlock: tokenDeployBlock,
      toBlock: 'latest',
    });
    assert.equal(toBaltathar.length, 1);
    assert.equal(toBaltathar[0].transactionHash, transferReceipt.hash);

    const deployBlockOnly = await provider.getLogs({
      address,
      topics: [transferTopic],
      fromBlock: tokenDeployBlock,
      toBlock: tokenDeployBlock,
    });
    assert.equal(deployBlockOnly.length, 1, 'only the mint is in the deploy block');

    const approvals = await provider.getLogs({
      address,
      topics: [token.interface.getEvent('Approval').topicHash],
      fromBlock: tokenDeployBlock,
      toBlock: 'latest',
    });
    assert.equal(approvals.length, 0);
  });

  it('accepts legacy, EIP-2930 and EIP-1559 transactions', async () => {
    const feeData = await provider.getFeeData();
    assert.ok(feeData.gasPrice > 0n);
    const to = ethers.Wallet.createRandom().address;
    const requests = [
      { type: 0, to, value: ZG, gasPrice: feeData.gasPrice },
      { type: 1, to, value: ZG, gasPrice: feeData.gasPrice, accessList: [] },
      {
        type: 2,
        to,
        value: ZG,
        maxFeePerGas: feeData.gasPrice * 2n,
        maxPriorityFeePerGas: 0n,
      },
    ];
    for (const request of requests) {
      const tx = await charleth.sendTransaction(request);
      const receipt = await tx.wait();
      assert.equal(receipt.status, 1, `type ${request.type}`);
      assert.equal(receipt.type, request.type);
      assert.equal((await provider.getTransaction(tx.hash)).type, request.type);
    }
    // The transfer that created the account paid its existential deposit on top, so the
    // recipient may spend all three ZG it was sent.
    assert.equal(await provider.getBalance(to), 3n * ZG);
  });

  it('returns revert reasons and custom errors to the client', async () => {
    const { abi, bytecode } = artifacts.Notary;
    notary = await new ethers.ContractFactory(abi, bytecode, alith).deploy();
    await notary.waitForDeployment();
    const root = ethers.keccak256(ethers.toUtf8Bytes('a data set'));

    const receipt = await (await notary.notarize(root, 'first')).wait();
    const event = notary.interface.parseLog(receipt.logs[0]);
    assert.equal(event.name, 'Notarized');
    assert.equal(event.args.note, 'first');

    await assert.rejects(notary.notarize(root, 'again'), (error) => {
      assert.equal(error.code, 'CALL_EXCEPTION');
      assert.equal(error.reason, 'Notary: already notarized');
      return true;
    });
    await assert.rejects(notary.notarize.staticCall(ethers.ZeroHash, ''), (error) => {
      assert.equal(error.reason, 'Notary: empty data root');
      return true;
    });
    await assert.rejects(notary.connect(baltathar).revoke.staticCall(root), (error) => {
      assert.equal(error.revert?.name, 'NotTheNotarizer');
      assert.deepEqual([...error.revert.args], [root, alith.address]);
      return true;
    });
    await assert.rejects(notary.connect(baltathar).revoke(root), (error) => {
      assert.equal(error.code, 'CALL_EXCEPTION');
      const decoded = notary.interface.parseError(error.data);
      assert.equal(decoded?.name, 'NotTheNotarizer', 'the revert data reaches the sender');
      return true;
    });
    assert.equal(await notary.count(), 1n);
  });

  it('estimates gas, then sends with exactly the estimate', async () => {
    const gasLimit = await token.transfer.estimateGas(charleth.address, 5n * ZG);
    assert.ok(gasLimit > 0n);
    const receipt = await (await token.transfer(charleth.address, 5n * ZG, { gasLimit })).wait();
    assert.equal(receipt.status, 1);
    assert.ok(receipt.gasUsed <= gasLimit, `used ${receipt.gasUsed} of ${gasLimit}`);
    assert.equal(await token.balanceOf(charleth.address), 5n * ZG);
  });

  it('moves ZG from a Substrate account to an Ethereum account and back', async () => {
    const keyring = sr25519Keyring();
    const alice = keyring.addFromUri('//Alice');
    const substrate = keyring.addFromUri(`//zerog-e2e-${Date.now()}`);
    const wallet = ethers.Wallet.createRandom().connect(provider);

    // A new Substrate account is mapped to its Ethereum address as soon as it exists.
    await submit(api, api.tx.balances.transferKeepAlive(substrate.address, 100n * ZG), alice);
    const substrateAsEth = substrateToEthAddress(substrate.publicKey);
    const mapped = await api.call.reviveApi.address(substrate.address);
    assert.equal(ethers.getAddress(mapped.toHex()), substrateAsEth);
    assert.equal(await provider.getBalance(substrateAsEth), 100n * ZG - EXISTENTIAL_DEPOSIT);

    // Substrate → Ethereum: pay the account that holds the Ethereum address's funds.
    const walletAccount = ethToSubstrateAccount(wallet.address);
    await submit(api, api.tx.balances.transferKeepAlive(walletAccount, 10n * ZG), substrate);
    assert.equal(await freeBalance(api, walletAccount), 10n * ZG);
    assert.equal(await provider.getBalance(wallet.address), 10n * ZG - EXISTENTIAL_DEPOSIT);

    // Ethereum → Substrate: send to the Substrate account's Ethereum address.
    const before = await freeBalance(api, substrate.address);
    const tx = await wallet.sendTransaction({ to: substrateAsEth, value: 4n * ZG });
    const receipt = await tx.wait();
    assert.equal(receipt.status, 1);
    assert.equal(await freeBalance(api, substrate.address), before + 4n * ZG);
    assert.equal(await freeBalance(api, walletAccount), 6n * ZG - receipt.fee);
    assert.equal(
      await provider.getBalance(wallet.address),
      6n * ZG - receipt.fee - EXISTENTIAL_DEPOSIT,
    );
    assert.equal(
      await provider.getBalance(substrateAsEth),
      before + 4n * ZG - EXISTENTIAL_DEPOSIT,
    );
  });

  it('keeps serving, receipts included, across a restart of the node', async () => {
    const heightBefore = await provider.getBlockNumber();
    const nonceBefore = await provider.getTransactionCount(alith.address);
    await api.disconnect();
    await node.stop();

    await node.start();
    connect();
    api = await ApiPromise.create({ provider: new WsProvider(node.wsUrl), noInitWarn: true });
    assert.ok((await provider.getBlockNumber()) > heightBefore);
    assert.equal(await provider.getTransactionCount(alith.address), nonceBefore);
    assert.equal(await token.balanceOf(baltathar.address), 1_000n * ZG);
    const oldReceipt = await provider.getTransactionReceipt(transferReceipt.hash);
    assert.equal(oldReceipt?.blockNumber, transferReceipt.blockNumber, 'a receipt from before');
    const oldLogs = await provider.getLogs({
      address: await token.getAddress(),
      fromBlock: tokenDeployBlock,
      toBlock: transferReceipt.blockNumber,
    });
    assert.equal(oldLogs.length, 2, 'logs from before the restart');

    const receipt = await (await token.transfer(baltathar.address, ZG)).wait();
    assert.equal(receipt.status, 1);
    assert.equal(await token.balanceOf(baltathar.address), 1_001n * ZG);
  });
});
