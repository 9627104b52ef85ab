// URL setters: each component, values the standard ignores, and the link
// with searchParams in both directions.
const u = new URL('https://user:pw@example.com:8080/a/b?x=1#frag');
const show = (label) => console.log(label.padEnd(10), u.href);
u.protocol = 'http'; show('protocol');
u.protocol = 'foo'; show('bad proto');
u.username = 'u s'; show('username');
u.password = ''; show('password');
u.host = 'other.org:99'; show('host');
u.hostname = 'third.net'; show('hostname');
u.port = '80'; show('port 80');
u.port = 'abc'; show('bad port');
u.port = '123abc'; show('port abc');
u.port = ''; show('no port');
u.pathname = '/x y/z'; show('pathname');
u.pathname = 'rel'; show('rel path');
u.search = 'q=1 2'; show('search');
u.search = '?'; show('empty q');
u.hash = 'h h'; show('hash');
u.hash = ''; show('no hash');
u.href = 'ftp://f.example/dir/'; show('href');
const f = new URL('file:///x');
f.host = 'h'; console.log(f.href);
const m = new URL('mailto:a@b');
m.pathname = 'c@d'; m.host = 'x'; console.log(m.href);

// searchParams follows the URL, and writes back to it.
const v = new URL('http://h/p?a=1&b=2');
const sp = v.searchParams;
console.log(sp === v.searchParams, sp.get('a'), sp.size);
sp.append('c', 'x y&z');
console.log(v.href, v.search);
v.search = '?d=4';
console.log([...sp], sp.size);
sp.delete('d');
console.log(v.href, JSON.stringify(v.search));
v.href = 'http://h/?e=5';
console.log([...sp]);
sp.sort();
sp.set('a', 'é');
console.log(v.href);
v.hash = 'x';
console.log([...sp], v.href);

// From a special scheme to file: allowed without credentials or port.
for (const [from, to] of [['http://h/p?q#f', 'file'], ['https://u@h/', 'file'],
  ['http://h:81/', 'file:'], ['ws://h/x', 'FILE'], ['file:///x', 'http'],
  ['file://h/x', 'https'], ['http://h/', 'foo'], ['foo://h/', 'bar']]) {
  const u = new URL(from);
  u.protocol = to;
  console.log(from, to, '->', u.href);
}
