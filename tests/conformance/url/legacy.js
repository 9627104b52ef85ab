// The legacy url.parse / url.format / url.resolve (Node's own algorithm).
// Node warns once (DEP0169) when a program calls url.parse (or resolve,
// or format of a string); the warning goes through console.error.
const url = require('url');

console.error = (...args) => console.log('console.error:',
  ...args.map((a) => String(a).replace(/\(node:\d+\)/, '(node:PID)')
    .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 ')));
process.on('warning', (w) => console.log('warning event', w.name, w.code));

const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://X.COM/Y',
  '/just/a/path?x=1',
  '//host/path',
  'mailto:user@example.com',
  'javascript:alert(1)',
  'http://a@b@c/',
  'http://a@b?@c',
  'http://[::1]:3000/x',
  'http://ex ample.com/',
  'http://host/a b<c>"d\'e',
  '  http://trim.com/\\back\\slash?x\\y  ',
  'file:///etc/passwd',
  'file:/x',
  'x.com/path',
  'http://español.com/',
  '?only=query',
  '#only-hash',
  '',
  'http://h:/p',
  'http://h.com',
];
for (const input of inputs) {
  console.log(JSON.stringify(input));
  console.log(url.parse(input));
}
console.log(url.parse('http://a.com/x?y=1&y=2&z=%41+b&w', true).query);
console.log(url.parse('/p', true).query, url.parse('/p', true).search);
console.log(url.parse('//host/path', false, true).host);
console.log(url.parse('http://h/') instanceof url.Url);
for (const bad of [1, 'http://a.com:abc/', 'http://a:1:2/', 'foo:bar:baz', 'http://[::1',
  'http://[::1]x/', 'git+ssh://git@github.com:user/repo.git']) {
  try {
    console.log(url.parse(bad));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const ok of ['http://:80/', 'x:y:z@q', 'mailto:a:b@c', 'http://a.com:99999/']) {
  const p = url.parse(ok);
  console.log(ok, '|', p.host, p.hostname, p.port, p.pathname, p.href);
}

console.log(url.format({ protocol: 'http', host: 'a.com', pathname: 'x', query: { a: [1, 2], b: 'c d' } }));
console.log(url.format({ protocol: 'https:', hostname: 'h', port: 8080, pathname: '/p#q?', search: 'a=1', hash: 'h' }));
console.log(url.format({ protocol: 'mailto', pathname: 'a@b' }));
console.log(url.format({ protocol: 'file', pathname: '/x' }));
console.log(url.format({ protocol: 'http', auth: 'us er:p@ss', hostname: 'h' }));
console.log(url.format({ hostname: '::1', port: 1 }));
console.log(url.format('http://A.com/b c'));
console.log(url.format(new URL('https://u:p@xn--espaol-zwa.com/a?b#c'), { auth: false, search: false, fragment: false, unicode: true }));
console.log(url.format(new URL('https://u:p@h.com/a?b#c')));
try {
  url.format(1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

for (const [from, to] of [
  ['/one/two/three', 'four'],
  ['http://example.com/', '/one'],
  ['http://example.com/one', '/two'],
  ['http://example.com/a/b/c', '../d'],
  ['http://example.com/a/b/c', '../../../../d'],
  ['http://example.com/a/', './b/./c/../d'],
  ['http://example.com/a', '//other.com/b'],
  ['http://example.com/a', 'https://secure.com/'],
  ['http://example.com/a?x', '?y'],
  ['http://example.com/a#x', '#y'],
  ['mailto:a@b.com', 'c@d.com'],
  ['a/b', '../c'],
  ['http://u:p@h/a', '/b'],
]) {
  console.log(from, to, '->', url.resolve(from, to));
}
