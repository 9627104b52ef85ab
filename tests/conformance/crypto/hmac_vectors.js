// createHmac: RFC 4231 / RFC 2202 test vectors, key types and encodings.
const crypto = require('crypto');

const key20 = Buffer.alloc(20, 0x0b);
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
  console.log(alg, crypto.createHmac(alg, key20).update('Hi There').digest('hex'));
  console.log(alg, crypto.createHmac(alg, 'Jefe').update('what do ya want for nothing?').digest('hex'));
  // A key longer than the block is hashed first.
  console.log(alg, crypto.createHmac(alg, Buffer.alloc(131, 0xaa))
    .update('Test Using Larger Than Block-Size Key - Hash Key First').digest('base64'));
}
console.log(crypto.createHmac('sha256', '').digest('hex'));
console.log(crypto.createHmac('sha256', new ArrayBuffer(3)).update('x').digest('hex'));
console.log(crypto.createHmac('sha256', new Uint16Array([1, 2])).update('x').digest('hex'));
console.log(crypto.createHmac('sha256', '6b', { encoding: 'hex' }).update('x').digest('hex') ===
  crypto.createHmac('sha256', 'k').update('x').digest('hex'));
const mac = crypto.createHmac('SHA1', 'key').update('a').update(Buffer.from('b'));
const out = mac.digest();
console.log(Buffer.isBuffer(out), out.toString('base64url'));
console.log(typeof crypto.Hmac, crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
