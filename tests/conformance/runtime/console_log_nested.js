// console.log of nested objects: depth is limited to 2.
console.log({ a: { b: { c: 1 } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ nested: [{ a: 1 }] });
console.log({ list: [[1, [2, [3]]]] });
console.log([{ x: { y: { z: {} } } }]);
