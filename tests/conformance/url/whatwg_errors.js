// Invalid URLs and wrong arguments: Node's errors.
function t(label, f) {
  try {
    console.log(label, 'returned', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base),
                Object.keys(e).join(','));
  }
}

t('relative', () => new URL('foo'));
t('bad base', () => new URL('foo', 'bar'));
t('no args', () => new URL());
t('bad port', () => new URL('http://h:99999/'));
t('bad host', () => new URL('http://a b/'));
t('bad ipv6', () => new URL('http://[::1/'));
t('empty', () => new URL(''));
t('canParse', () => [URL.canParse('x'), URL.canParse('http://x'), URL.canParse('/x', 'http://a'),
  URL.canParse('/x', 'nope')]);
t('canParse none', () => URL.canParse());
t('parse', () => [URL.parse('x'), URL.parse('/p', 'http://h').href]);
t('parse none', () => URL.parse());
t('href setter', () => { const u = new URL('http://h/'); u.href = 'nope'; });
t('getter this', () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}));
t('toString this', () => URL.prototype.toString.call({}));
t('searchParams this', () => URLSearchParams.prototype.get.call({}, 'a'));
const u = new URL('http://h/');
const message = (() => { try { new URL('::'); } catch (e) { return String(e); } })();
console.log(message);
console.log(u instanceof URL, typeof URL, Object.getOwnPropertyNames(URL.prototype).join(','));
// (jsvm has no Blob: createObjectURL and revokeObjectURL are left out.)
const noBlob = (k) => k !== 'createObjectURL' && k !== 'revokeObjectURL';
console.log(Object.getOwnPropertyNames(URL).filter(noBlob).join(','));
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype).join(','));
console.log(Object.keys(URL.prototype).join(','), Object.keys(URL).filter(noBlob).join(','));
console.log(Object.prototype.toString.call(u), Object.prototype.toString.call(u.searchParams));
const d = Object.getOwnPropertyDescriptor(globalThis, 'URL');
console.log(d.writable, d.enumerable, d.configurable, require('url').URL === URL,
            require('url').URLSearchParams === URLSearchParams);
// structuredClone refuses URL and URLSearchParams, as Node does.
t('clone URL', () => structuredClone(new URL('http://a/')));
t('clone params', () => structuredClone({ p: new URLSearchParams('a=1') }));
