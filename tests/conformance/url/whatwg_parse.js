// new URL(): components of parsed URLs, relative resolution, and
// serialisation (WHATWG URL Standard).
const cases = [
  ['https://user:pw@example.com:8080/a/b?x=1&y=2#frag'],
  ['HTTP://EXAMPLE.com:80/./a/../b/%7e?x y#z z'],
  ['http://[::1]:3000/'],
  ['http://192.168.0.1.:443/'],
  ['http://0x7f.1/'],
  ['https://xn--espaol-zwa.com/'],
  ['https://español.com/ü?ü#ü'],
  ['file:///tmp/a%20b'],
  ['file://localhost/etc/hosts'],
  ['data:text/plain,hello world'],
  ['mailto:someone@example.com'],
  ['blob:https://a.com/uuid'],
  ['javascript:alert(1)'],
  ['ws://h/'],
  ['foo://bar/baz'],
  ['../c?q', 'http://h/a/b/'],
  ['/root', 'http://h/a/b'],
  ['//other/x', 'https://h/a'],
  ['?only', 'http://h/p?old#f'],
  ['#frag', 'http://h/p?q'],
  ['', 'http://h/p?q#f'],
  ['http:x', 'http://h/a/'],
  ['  http://trim.me/  '],
  ['http://h/\ttab\nnl'],
  ['http://h/a\\b'],
  ['http://h/%zz'],
  ['http://h:0/'],
  ['http://h:65535/'],
];
for (const [input, base] of cases) {
  const u = base === undefined ? new URL(input) : new URL(input, base);
  console.log(JSON.stringify([input, base]));
  console.log(' ', u.href, '|', u.origin, '|', u.protocol, u.username, u.password, '|', u.host,
              u.hostname, u.port, '|', u.pathname, '|', u.search, '|', u.hash);
}
console.log(String(new URL('http://a/b')), JSON.stringify({ u: new URL('http://a/b') }));
console.log(new URL('http://a/b').toJSON(), `${new URL('http://a/b')}`);
console.log(new URL(new URL('http://from-url/')).href, new URL('x', new URL('http://base/')).href);
console.log(new URL({ toString() { return 'http://obj/'; } }).href);
