// util.inspect shows an array's, typed array's or Buffer's own non-index
// keys (symbols too; non-enumerable ones with showHidden) beside its
// elements; 2^32 - 1 is not an index. Large ones print their first items.
const util = require('util');
const b = Buffer.from('hi');
b.extra = 1;
b[Symbol('s')] = 2;
Object.defineProperty(b, 'hidden', { value: 3, enumerable: false });
console.log(b);
console.log(util.inspect(b, { showHidden: true }));
const a = [1, 2];
a.x = 1;
a[Symbol('y')] = 2;
a[2 ** 32 - 2] = 'last index';
a[2 ** 32 - 1] = 'not an index';
console.log(a);
const u = new Uint8Array(3);
u.k = 'v';
console.log(u);
const big = Buffer.alloc(1e6, 1);
big.tag = 'big';
console.log(big);
const bigArray = new Array(1e6).fill(0);
bigArray.tag = 'big';
console.log(util.inspect(bigArray).slice(-60));
console.log(util.inspect(new Float64Array(1e6)).slice(-40));
