// The global Buffer is an accessor, as in Node (node:buffer loads on first
// use): it returns node:buffer's Buffer; an assignment replaces what it
// returns and keeps the accessor; it can be deleted.
const d0 = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
console.log(Object.keys(d0), d0.get.name, d0.set.name, d0.get.length, d0.set.length);
console.log(typeof Buffer, Buffer === require('buffer').Buffer, Buffer.from('hi').toString('hex'));
Buffer = 5;
console.log(Buffer, Object.keys(Object.getOwnPropertyDescriptor(globalThis, 'Buffer')));
delete globalThis.Buffer;
console.log(typeof globalThis.Buffer, atob(btoa('x')), typeof require('buffer').Buffer);
