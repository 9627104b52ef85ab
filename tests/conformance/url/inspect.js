// util.inspect of URL, URLSearchParams and their iterators, as Node prints them.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#frag');
console.log(u);
console.log(u.searchParams);
console.log(new URLSearchParams());
console.log([u.searchParams], { p: new URLSearchParams('a=1') });
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect(u, { depth: -1 }));
console.log(util.inspect(u.searchParams, { depth: -1 }));
console.log(util.inspect({ a: { b: { c: u.searchParams } } }));
console.log(new URLSearchParams('key=a-rather-long-value-that-goes-on&other=another-long-value-here&third=3'));
const p = new URLSearchParams('a=1&b=2');
console.log(p.entries(), p.keys(), p.values());
const it = p.entries();
it.next();
console.log(it);
console.log(util.inspect(new URL('http://h/'), { colors: true }));
console.log(util.inspect(new URLSearchParams('a=1'), { colors: true }));
console.log(util.format('%s %o', new URL('http://h/x'), new URLSearchParams('q=1')));
class MyURL extends URL {}
console.log(new MyURL('http://sub/'));
