#!/usr/bin/env node
// Checks an attribution receipt (SPEC §9) with polkadot-js alone, as a validator would offline: rebuilds the
// signed text from the receipt's fields itself, checks the service's signature against the published key and
// the miner's signature against the address the message starts with. Reads
// {"receipt": {...}, "service_ss58": "5..."} on stdin, prints {"receipt_valid", "miner_valid"} as JSON.
// Run from a folder where the substrate-js tools were installed (npm ci).
const { createHash } = require('crypto');
const { cryptoWaitReady, signatureVerify } = require('@polkadot/util-crypto');

(async () => {
  await cryptoWaitReady();
  const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const r = input.receipt;
  const text = 'ssa-receipt:' + createHash('sha256').update(Buffer.from(r.message, 'utf8')).digest('hex') + ':'
    + r.signature.toLowerCase() + ':' + r.etag.replace(/"/g, '').toLowerCase() + ':' + r.registered_at;
  const receipt = signatureVerify(text, '0x' + r.service_signature, input.service_ss58);
  const miner = signatureVerify(r.message, '0x' + r.signature, r.message.substring(0, r.message.indexOf(':')));
  console.log(JSON.stringify({ receipt_valid: receipt.isValid && r.service_key === input.service_ss58, miner_valid: miner.isValid,
    signed_text: text }));
})().catch((e) => { console.error(e); process.exit(1); });
