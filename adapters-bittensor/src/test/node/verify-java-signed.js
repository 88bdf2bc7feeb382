#!/usr/bin/env node
// Checks signatures made by the Java code (JavaSignedVectorsWriter) with both independent implementations
// (@scure/sr25519 and Rust schnorrkel in WASM) and checks each key against polkadot-js's own derivation.
// Adds "polkadot_js_verified": true to each vector that passes; exits 1 if any fails.
//   NODE_PATH=<substrate-js>/node_modules node verify-java-signed.js < java.json > java-signed-vectors.json
const { hexToU8a, u8aWrapBytes } = require('@polkadot/util');
const { cryptoWaitReady, sr25519Verify } = require('@polkadot/util-crypto');
const { Keyring } = require('@polkadot/keyring');
const wasm = require('@polkadot/wasm-crypto');

(async () => {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  let failures = 0;
  for (const v of input.vectors) {
    const pub = hexToU8a('0x' + v.public_key);
    const raw = hexToU8a('0x' + v.message_hex);
    const msg = v.wrapped ? u8aWrapBytes(raw) : raw;
    const sig = hexToU8a('0x' + v.signature);
    const expected = v.key.startsWith('0x') ? keyring.addFromSeed(hexToU8a(v.key)) : keyring.addFromUri(v.key);
    v.polkadot_js_verified = sr25519Verify(msg, sig, pub) && wasm.sr25519Verify(sig, msg, pub) && expected.address === v.ss58;
    if (!v.polkadot_js_verified) { failures++; console.error('FAILED', JSON.stringify(v)); }
  }
  input.checked_by = 'verify-java-signed.js (@polkadot/util-crypto 14.0.3 sr25519Verify and @polkadot/wasm-crypto 7.5.4)';
  console.log(JSON.stringify(input, null, 1));
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
