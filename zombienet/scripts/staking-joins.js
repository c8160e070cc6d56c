// A node that was not a genesis validator joins the validator set through staking. A
// `staking_admin` referendum (the testnet has no sudo) makes eras one session long and allows
// ten validators; the joiner (the node named by the argument, started with --validator)
// generates session keys on its node, then its `//Name` account bonds 20,000 ZG, registers the keys with their
// ownership proof and validates. Passes, returning the blocks it authored, once the joiner is
// in the session's validators and has authored a block.
const { submit } = require('../../e2e/lib/tx.cjs');
const { passReferendum } = require('../../e2e/lib/governance.cjs');
const { ZG, sessionValidators, accountHex, babeAuthorIndex, sleep } = require('./staking-common.js');

/** Dev accounts that vote the referendum through (each holds 1,000,000 ZG on the local chain). */
const VOTERS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Ferdie'];

async function run(nodeName, networkInfo, args) {
  const joiner = args[0] ?? 'eve';
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const keyring = new zombie.Keyring({ type: 'sr25519' });
  const alice = keyring.addFromUri('//Alice');
  const account = keyring.addFromUri(`//${joiner[0].toUpperCase()}${joiner.slice(1)}`);

  const { index } = await passReferendum(api, {
    call: api.tx.utility.batchAll([
      api.tx.parameters.setParameter({ Staking: { SessionsPerEra: [null, 1] } }),
      api.tx.staking.setValidatorCount(10),
    ]),
    origin: { Origins: 'StakingAdmin' },
    proposer: alice,
    voters: VOTERS.map((uri) => keyring.addFromUri(uri)),
    balance: 900_000n * ZG,
  });
  console.log(`staking_admin referendum ${index} enacted: eras of one session, ten validators`);

  const provider = new zombie.WsProvider(networkInfo.nodesByName[joiner].wsUri);
  await provider.isReady;
  const owner = accountHex(account);
  const { keys, proof } = await provider.send('author_rotateKeysWithOwner', [owner]);
  await provider.disconnect();

  await submit(api, api.tx.utility.batchAll([
    api.tx.staking.bond(20_000n * ZG, 'Staked'),
    api.tx.session.setKeys(keys, proof),
    api.tx.staking.validate({ commission: 50_000_000 }),
  ]), account);
  console.log(`${joiner}: bonded, keys set, validating`);

  let authored = 0;
  let scanned = (await api.rpc.chain.getHeader()).number.toNumber();
  for (;;) {
    const header = await api.rpc.chain.getHeader();
    for (let n = scanned + 1; n <= header.number.toNumber(); n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const block = await api.rpc.chain.getHeader(hash);
      const validators = await sessionValidators(api, hash);
      if (validators[babeAuthorIndex(api, block)] === accountHex(account)) authored += 1;
    }
    scanned = header.number.toNumber();
    const inSet = (await sessionValidators(api)).includes(accountHex(account));
    if (inSet && authored > 0) {
      console.log(`${joiner}: in the validator set at #${scanned}, authored ${authored} block(s)`);
      await api.disconnect();
      return authored;
    }
    await sleep(3000);
  }
}

module.exports = { run };
