// fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/Unicode.
const url = require('url');

function t(label, f) {
  try {
    console.log(label, 'returned', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

for (const p of ['/a b/c%d?e#f', '/tmp/', '/\u00e9\n\t\\x', "/a;b,c'd", '/x/../y', '/😀']) {
  console.log('path', JSON.stringify(p), url.pathToFileURL(p).href);
}
console.log(url.pathToFileURL('rel/x').href === `file://${process.cwd()}/rel/x`);
console.log(url.pathToFileURL('.').href === `file://${process.cwd()}`);
console.log(url.pathToFileURL('./').href === `file://${process.cwd()}/`);
console.log(url.pathToFileURL('/x') instanceof URL);
t('path type', () => url.pathToFileURL(1));

for (const u of ['file:///a%20b/c%3F', 'file://localhost/x', new URL('file:///y#h'),
  'file:///%C3%A9', 'file:///a%2Fb', 'file:///a%2fb', 'file://host/x', 'http://x/a', 1, {},
  'nope', { href: 'file:///q', protocol: 'file:', hostname: '', pathname: '/q' }]) {
  t(JSON.stringify(u), () => url.fileURLToPath(u));
}

console.log(url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:99/p?q=1#h')));
console.log(url.urlToHttpOptions(new URL('http://x.com/')));

console.log(url.domainToASCII('español.com'), url.domainToASCII('EXAMPLE.com'));
console.log(JSON.stringify(url.domainToASCII('xn--iñvalid.com')), JSON.stringify(url.domainToASCII('')));
console.log(url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('example.COM'));
console.log(JSON.stringify(url.domainToUnicode('xn--iñvalid.com')));
t('domain none', () => url.domainToASCII());
t('domain unicode none', () => url.domainToUnicode());

// { windows: true } reads Windows paths out of file: URLs on any platform.
for (const u of ['file:///C:/a%20b/c', 'file://server/share/x', 'file:///a/b',
  'file:///C:/a%5Cb', 'file:///C:/a%2fb', 'file://c|/x', 'file://xn--espaol-zwa.com/s/f']) {
  t(`windows ${u}`, () => url.fileURLToPath(u, { windows: true }));
}
t('windows false', () => url.fileURLToPath('file:///x', { windows: false }));
t('options number', () => url.fileURLToPath('file:///x', 5));
t('options null', () => url.pathToFileURL('/y', null).href);
