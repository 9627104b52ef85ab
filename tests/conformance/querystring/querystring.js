// node:querystring: parse, stringify, escape, unescape and unescapeBuffer.
const qs = require('querystring');
const show = (x) => console.log(JSON.stringify(x), Object.getPrototypeOf(x));

for (const input of ['a&&b', '=', '&=&', '=a&b=', 'a=1&a=2&a=3&b',
  'a=%E9&b=%zz&c=%C3%A9+x&d+e=f+g', 'a==b', 'a=b=c', '%61=1', 'a=%', 'a=%2', '&&a=1&&',
  '__proto__=1&constructor=2&hasOwnProperty=3', 'k=%F0%9F%98%80&x=%ED%A0%80']) {
  show(qs.parse(input));
}
show(qs.parse('a=1;b=2', ';'));
show(qs.parse('a::1||b::2', '||', '::'));
show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }));
show(qs.parse('a=1&a=2&b=3', null, null, { maxKeys: 2 }));
show(qs.parse('a=x', null, null, { decodeURIComponent: (x) => x.toUpperCase() }));
show(qs.parse('a=%zz', null, null, {
  decodeURIComponent: (x) => { throw new Error(x); },
}));
show(qs.parse(5));
show(qs.parse(''));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);

console.log(qs.escape("a b&c=é!~*()'"), qs.escape(5), qs.escape({ toString() { return 'x y'; } }));
try { qs.escape('\ud800'); } catch (e) { console.log(e.code, e.name, e.message); }
console.log(qs.unescape('a%20b+c'), qs.unescape('%E9'), qs.unescapeBuffer('a%20b+c%zz', true),
  qs.unescapeBuffer('a+b'), qs.unescapeBuffer('%4'));

console.log(qs.stringify({ a: 1, b: [1, 2], c: '', d: null, e: undefined, f: true, g: NaN,
  h: 1e21, i: 10n, j: {}, 'k l': 'm n', em: [], u: 'é&=' }));
console.log(qs.stringify({ a: [1, 2] }, ';', ':'), qs.stringify('x'), qs.stringify(null),
  qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.stringify({ a: 1e21, b: -Infinity }, null, null,
  { encodeURIComponent: (s) => `<${s}>` }));
try { qs.stringify({ a: '\udc00' }); } catch (e) { console.log(e.code, e.name, e.message); }
// A round trip.
const obj = { name: 'ünïcode ✓', list: ['x', 'y z'], empty: '' };
console.log(JSON.stringify(qs.parse(qs.stringify(obj))));
