// URLSearchParams: constructors, methods, encoding and errors.
function t(label, f) {
  try {
    console.log(label, 'returned', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const show = (p) => console.log(JSON.stringify([...p]), p.toString(), p.size);
show(new URLSearchParams());
show(new URLSearchParams(''));
show(new URLSearchParams('?a=1&b=2&a=3'));
show(new URLSearchParams('a=b=c&&=x&y=&z&%zz=%41+%42&%E2%82%AC=%C3'));
show(new URLSearchParams({ a: 1, b: 'x y', c: undefined }));
show(new URLSearchParams(Object.defineProperty({ v: 1 }, 'hidden', { value: 2 })));
try {
  new URLSearchParams({ [Symbol('s')]: 1 });
} catch (e) {
  console.log('symbol key', e.name);
}
show(new URLSearchParams([['a', 1], ['b', '2'], new Set(['c', 'd'])]));
show(new URLSearchParams(new Map([['m', 'n']])));
show(new URLSearchParams(new URLSearchParams('copy=1')));
show(new URLSearchParams('sp ace=+plus+&amp=%26&uni=ü€😀&q=?&h=#'));
show(new URLSearchParams(null));
show(new URLSearchParams(123));
t('tuple', () => new URLSearchParams([['a']]));
t('tuple3', () => new URLSearchParams([['a', 'b', 'c']]));
t('not pair', () => new URLSearchParams([1]));
t('iterator', () => new URLSearchParams({ [Symbol.iterator]: 1 }));

const p = new URLSearchParams('a=1&b=2&a=3&c=4');
console.log(p.get('a'), p.get('z'), p.getAll('a'), p.getAll('z'), p.has('b'), p.has('z'));
console.log(p.has('a', '3'), p.has('a', '9'));
p.set('a', 'new');
show(p);
p.append('b', 'again');
p.delete('b', '2');
show(p);
p.delete('b');
show(p);
const s = new URLSearchParams('z=1&b=2&a=3&b=1&é=0&A=9');
s.sort();
show(s);
const order = [];
s.forEach(function (value, key, obj) { order.push(`${key}=${value}`, obj === s, this.tag); }, { tag: 'T' });
console.log(order.join(' '));
console.log([...s.keys()].join(), [...s.values()].join(), [...s.entries()].length);
console.log(s[Symbol.iterator] === s.entries, typeof s.entries().next);
const it = s.keys();
console.log(Object.prototype.toString.call(it), it.next(), [...it].length);
t('append', () => p.append('a'));
t('get', () => p.get());
t('getAll', () => p.getAll());
t('set', () => p.set('a'));
t('has', () => p.has());
t('delete', () => p.delete());
t('forEach', () => p.forEach(1));
t('size this', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
