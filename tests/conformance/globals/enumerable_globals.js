// The main realm's enumerable globals, in Node's order, and the others.
console.log(Object.keys(globalThis).filter((k) => k !== 'fetch' && k !== 'crypto' &&
  k !== 'navigator' && k !== 'sessionStorage' && k !== 'localStorage').join(','));
for (const name of ['process', 'console', 'Buffer', 'Event', 'EventTarget', 'AbortController', 'AbortSignal']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.enumerable);
}
const d = Object.getOwnPropertyDescriptor(globalThis, 'setTimeout');
console.log(d.writable, d.enumerable, d.configurable);
