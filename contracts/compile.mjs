// Compiles the contracts in `contracts/src` with solc from npm (the version pinned in
// package.json) and returns each contract's ABI and creation bytecode. Run directly, it writes
// them to `contracts/out/<Name>.json`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import solc from 'solc';

const here = path.dirname(fileURLToPath(import.meta.url));
const sources = path.join(here, 'src');

/** EVM version the contracts target: pallet-revive's interpreter implements Cancun opcodes. */
export const EVM_VERSION = 'cancun';

/** Compiles every `.sol` file; throws with solc's messages on any error. */
export function compile() {
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(
      fs.readdirSync(sources)
        .filter((file) => file.endsWith('.sol'))
        .map((file) => [file, { content: fs.readFileSync(path.join(sources, file), 'utf8') }]),
    ),
    settings: {
      evmVersion: EVM_VERSION,
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length > 0) {
    throw new Error(errors.map((e) => e.formattedMessage).join('\n'));
  }
  const contracts = {};
  for (const file of Object.values(output.contracts)) {
    for (const [name, { abi, evm }] of Object.entries(file)) {
      contracts[name] = { abi, bytecode: `0x${evm.bytecode.object}` };
    }
  }
  return contracts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(here, 'out');
  fs.mkdirSync(out, { recursive: true });
  for (const [name, artifact] of Object.entries(compile())) {
    fs.writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify(artifact, null, 2)}\n`);
    console.log(`${name}: ${(artifact.bytecode.length - 2) / 2} bytes of creation code`);
  }
}
