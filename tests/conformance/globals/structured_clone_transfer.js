// transfer: the ArrayBuffer moves to the clone and is detached.
const ab = new Uint8Array([1, 2, 3]).buffer;
const c = structuredClone({ ab }, { transfer: [ab] });
console.log(c.ab.byteLength, ab.byteLength, new Uint8Array(c.ab));
const u8 = new Uint8Array([4, 5]);
const cu = structuredClone(u8, { transfer: [u8.buffer] });
console.log(cu, u8.length, u8.byteLength);
