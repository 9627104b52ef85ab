// structuredClone of the types the structured clone algorithm supports.
const src = {
  n: 1, s: 'str', b: true, u: undefined, nul: null, big: 10n, neg: -0, nan: NaN,
  arr: [1, [2, [3]], , 4], date: new Date(0), re: /ab+c/gi, map: new Map([[1, { a: 1 }], ['k', 'v']]),
  set: new Set([1, 'two', { three: 3 }]), u8: new Uint8Array([1, 2, 3]), f64: new Float64Array([1.5]),
  ab: new Uint8Array([9, 8]).buffer, dv: new DataView(new ArrayBuffer(4)), boxed: [Object(1), Object('s'), Object(false)],
  nested: { deep: { deeper: { deepest: 'x' } } },
};
const c = structuredClone(src);
console.log(c);
console.log(c !== src, c.arr !== src.arr, c.map !== src.map, c.date !== src.date, c.u8 !== src.u8);
console.log(Object.is(c.neg, -0), Number.isNaN(c.nan), 3 in c.arr, 2 in c.arr);
console.log(c.re.lastIndex, c.re.flags, c.u8.buffer !== src.u8.buffer, c.dv.byteLength);
for (const v of [1, 'x', null, undefined, true, 5n]) console.log(structuredClone(v));
