// createHash: known-answer vectors of every digest, streamed updates,
// copy(), and the digest in every output encoding.
const crypto = require('crypto');

const inputs = ['', 'abc', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
  'a'.repeat(1000000)];
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
  for (const input of inputs) {
    console.log(alg, input.length, crypto.createHash(alg).update(input).digest('hex'));
  }
}

// Updates in pieces, strings and bytes, give the digest of the whole.
const h = crypto.createHash('sha256');
h.update('ab').update(Buffer.from('c')).update(new Uint8Array([100, 101]));
console.log(h.digest('hex') === crypto.createHash('sha256').update('abcde').digest('hex'));

// Input encodings.
console.log(crypto.createHash('md5').update('616263', 'hex').digest('hex'));
console.log(crypto.createHash('md5').update('YWJj', 'base64').digest('hex'));
console.log(crypto.createHash('md5').update('\u00e9', 'latin1').digest('hex'));
console.log(crypto.createHash('md5').update('\u00e9').digest('hex'));
console.log(crypto.createHash('md5').update('\u00e9', 'utf16le').digest('hex'));
console.log(crypto.createHash('md5').update('abc', 'no-such-encoding').digest('hex'));
console.log(crypto.createHash('sha1').update(new Uint16Array([1, 2, 3])).digest('hex'));
console.log(crypto.createHash('sha1').update(new DataView(new ArrayBuffer(4))).digest('hex'));
console.log(crypto.createHash('sha1').update(new Uint8Array([9, 1, 2, 3]).subarray(1)).digest('hex'));

// Output encodings.
const d = () => crypto.createHash('sha256').update('jsvm');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8',
  'ucs2', 'utf16le', 'HEX']) {
  console.log(enc, JSON.stringify(d().digest(enc)));
}
const buf = d().digest();
console.log(Buffer.isBuffer(buf), buf.length, buf);
console.log(Buffer.isBuffer(d().digest('buffer')), Buffer.isBuffer(d().digest('nope')));

// copy() carries the state so far; both go on independently.
const a = crypto.createHash('sha512').update('one');
const b = a.copy();
a.update('two');
b.update('three');
console.log(a.digest('hex') === crypto.createHash('sha512').update('onetwo').digest('hex'));
console.log(b.digest('hex') === crypto.createHash('sha512').update('onethree').digest('hex'));

// Algorithm names are OpenSSL's, in any case.
for (const name of ['SHA256', 'sha-256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'Sha1',
  'MD5', 'RSA-MD5', 'SHA-512']) {
  console.log(name, crypto.createHash(name).digest('hex').slice(0, 16));
}
console.log(crypto.createHash('sha256', { outputLength: 32 }).digest('hex').length);

// crypto.hash(): one shot, hex by default.
console.log(crypto.hash('sha1', 'abc'));
console.log(crypto.hash('md5', 'abc', 'base64'));
console.log(crypto.hash('sha256', Buffer.from('abc'), 'buffer'));
console.log(crypto.hash('sha512', new Uint8Array(0), 'base64url'));

// The digests jsvm has are all in getHashes().
const names = crypto.getHashes();
console.log(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'].every((n) => names.includes(n)));
console.log(typeof crypto.Hash, crypto.createHash('md5') instanceof crypto.Hash);
console.log(crypto.createHash('md5'), crypto.createHmac('sha1', 'k'));
