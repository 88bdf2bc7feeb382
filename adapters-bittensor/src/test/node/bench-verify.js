#!/usr/bin/env node
// Time of one sr25519 verify in Node: Rust schnorrkel compiled to WASM and @scure/sr25519 (pure JS).
//   NODE_PATH=<substrate-js>/node_modules node bench-verify.js [seconds-per-implementation]
const { stringToU8a } = require('@polkadot/util');
const { cryptoWaitReady, sr25519Verify } = require('@polkadot/util-crypto');
const { Keyring } = require('@polkadot/keyring');
const wasm = require('@polkadot/wasm-crypto');

function time(name, seconds, fn) {
  const warmUntil = Date.now() + 1000;
  while (Date.now() < warmUntil) fn();
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < end) { if (!fn()) throw new Error('did not verify'); n++; }
  const us = Number(process.hrtime.bigint() - start) / 1e3 / n;
  console.log(JSON.stringify({ implementation: name, verifies: n, microseconds_per_verify: Number(us.toFixed(1)) }));
}

(async () => {
  await cryptoWaitReady();
  const seconds = Number(process.argv[2] || 5);
  const alice = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Alice');
  const msg = stringToU8a(`s3:data:access:5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty:${alice.address}:1735689600`);
  const sig = alice.sign(msg);
  time('schnorrkel-wasm (@polkadot/wasm-crypto 7.5.4)', seconds, () => wasm.sr25519Verify(sig, msg, alice.publicKey));
  time('@scure/sr25519 (pure JS)', seconds, () => sr25519Verify(msg, sig, alice.publicKey));
})().catch((e) => { console.error(e); process.exit(1); });
