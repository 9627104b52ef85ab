// The globals URL, URLSearchParams, crypto, Crypto, SubtleCrypto: their
// property descriptors, identity with the modules', and replacement.
console.log(Object.keys(globalThis).filter((k) => !['fetch', 'navigator', 'sessionStorage',
  'localStorage'].includes(k)).join(','));
// (jsvm makes these on first use: read before the descriptor is asked.)
for (const name of ['URL', 'URLSearchParams', 'Crypto', 'SubtleCrypto']) {
  const type = typeof globalThis[name];
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, type, d.writable, d.enumerable, d.configurable);
}
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log('crypto', typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
console.log(URL === require('url').URL, URLSearchParams === require('node:url').URLSearchParams,
            crypto === require('crypto').webcrypto, crypto.subtle === require('crypto').subtle);
console.log(crypto === globalThis.crypto, typeof crypto.getRandomValues);
// A program may replace them.
globalThis.URL = 'mine';
console.log(URL);
globalThis.crypto = 'ignored';
console.log(typeof crypto);
Object.defineProperty(globalThis, 'crypto', { value: 'defined', writable: true });
console.log(crypto);
