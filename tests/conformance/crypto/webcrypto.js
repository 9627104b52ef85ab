// The global crypto (Web Crypto): getRandomValues, randomUUID,
// subtle.digest, and their errors.
const nodeCrypto = require('crypto');

function t(label, f) {
  try {
    const r = f();
    console.log(label, 'returned', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof DOMException);
  }
}

const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
console.log(crypto === nodeCrypto.webcrypto, crypto === globalThis.crypto);
console.log(Object.prototype.toString.call(crypto), crypto.constructor.name);
console.log(Object.keys(Object.getPrototypeOf(crypto)));
console.log(typeof crypto.subtle, crypto.subtle === nodeCrypto.subtle,
            Object.prototype.toString.call(crypto.subtle));
console.log(typeof Crypto, typeof SubtleCrypto, crypto instanceof Crypto,
            crypto.subtle instanceof SubtleCrypto);
t('new Crypto', () => new Crypto());

const arr = new Uint32Array(4);
console.log(crypto.getRandomValues(arr) === arr);
for (const Ctor of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const a = new Ctor(2);
  console.log(Ctor.name, crypto.getRandomValues(a) === a);
}
console.log(crypto.getRandomValues(new Uint8Array(65536)).length);
t('float', () => crypto.getRandomValues(new Float32Array(1)));
t('dataview', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
t('too big', () => crypto.getRandomValues(new Uint8Array(65537)));
t('too big 32', () => crypto.getRandomValues(new Uint32Array(16385)));
t('none', () => crypto.getRandomValues());
t('this', () => crypto.getRandomValues.call({}, new Uint8Array(2)));
t('node too big', () => nodeCrypto.getRandomValues(new Uint8Array(65537)));
t('array', () => crypto.getRandomValues([1, 2]));
try {
  crypto.getRandomValues(new Uint8Array(70000));
} catch (e) {
  console.log(e.constructor.name, e.name, e.code);
}

console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
t('uuid this', () => crypto.randomUUID.call(null));

const show = (label, p) => p.then(
  (r) => console.log(label, r instanceof ArrayBuffer, Buffer.from(r).toString('hex')),
  (e) => console.log(label, 'rejected', e.name, e.code, e.message));
(async () => {
  const data = new Uint8Array([97, 98, 99]);
  await show('SHA-256', crypto.subtle.digest('SHA-256', data));
  await show('sha-1', crypto.subtle.digest('sha-1', data));
  await show('SHA-384', crypto.subtle.digest({ name: 'SHA-384' }, data.buffer));
  await show('SHA-512', crypto.subtle.digest('SHA-512', new DataView(data.buffer)));
  await show('md5', crypto.subtle.digest('md5', data));
  await show('string', crypto.subtle.digest('SHA-256', 'abc'));
  await show('missing', crypto.subtle.digest('SHA-256'));
  const p = crypto.subtle.digest('SHA-256', data);
  console.log(p instanceof Promise);
})();
