// Shared and circular references are kept.
const shared = { s: 1 };
const o = { a: shared, b: shared, list: [shared] };
o.self = o;
const c = structuredClone(o);
console.log(c.a === c.b, c.list[0] === c.a, c.self === c, c.a !== shared);
const m = new Map();
m.set('me', m);
const cm = structuredClone(m);
console.log(cm.get('me') === cm);
const u8 = new Uint8Array([1, 2, 3, 4]);
const views = structuredClone({ x: u8.subarray(1, 3), y: u8 });
console.log(views.x.buffer === views.y.buffer, views.x, views.x.byteOffset);
