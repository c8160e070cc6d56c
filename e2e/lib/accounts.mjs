// Well-known development accounts, funded by the `development` and `local_testnet` presets.
import { Keyring } from '@polkadot/api';
import { ethers } from 'ethers';

/** The Ethereum dev keys (the Moonbeam set), each holding 1,000,000 ZG on dev chains. */
export const ETH_DEV_KEYS = {
  alith: '0x5fb92d6e98884f76de468fa3f6278f8807c48bebc13595d45af5bdc4da702133',
  baltathar: '0x8075991ce870b93a8870eca0c0f91913d12f47948ca0fd25b49c6fa7cdbeee8b',
  charleth: '0x0b6e18cafb6ed99687ec547bd28139cafdd2bffe70e6b688025de6b445aa5c5b',
  dorothy: '0x39539ab1876910bbf3a223d84a29e28f1cb4e2e456503e7e91ed39b2e7223d68',
  ethan: '0x7dce9bc8babb68fec1409be38c8e1a52650206a7ed90ff956ae8a6d15eeaaef4',
  faith: '0xb9d2ea9a615f3165812e8d44de0d24da9bbd164b65c4f0573e1ce2c8dbd9c8df',
};

/** One ZG in its smallest unit (18 decimals, like ether). */
export const ZG = 10n ** 18n;

/** The zerog SS58 prefix. */
export const SS58_PREFIX = 4242;

/** An sr25519 keyring with zerog addresses. */
export function sr25519Keyring() {
  return new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
}

/** The Ethereum address contracts see for a Substrate account: keccak256(AccountId32)[12..]. */
export function substrateToEthAddress(accountId32) {
  return ethers.getAddress(ethers.dataSlice(ethers.keccak256(accountId32), 12));
}

/** The Substrate account that holds an Ethereum address's funds: the address then 12 × 0xEE. */
export function ethToSubstrateAccount(address) {
  return ethers.concat([ethers.getAddress(address), new Uint8Array(12).fill(0xee)]);
}
