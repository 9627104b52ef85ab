// createHash/createHmac/hash errors: Node's codes and messages.
const crypto = require('crypto');

function t(label, f) {
  try {
    const r = f();
    console.log(label, 'returned', typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

t('unknown', () => crypto.createHash('nope'));
t('missing', () => crypto.createHash());
t('number', () => crypto.createHash(1));
t('digest twice', () => { const h = crypto.createHash('sha256'); h.digest(); return h.digest(); });
t('update after', () => { const h = crypto.createHash('sha256'); h.digest('hex'); return h.update('x'); });
t('copy after', () => { const h = crypto.createHash('sha256'); h.digest(); return h.copy(); });
t('update number', () => crypto.createHash('sha256').update(1));
t('update object', () => crypto.createHash('sha256').update({}));
t('update null', () => crypto.createHash('sha256').update(null));
t('odd hex', () => crypto.createHash('sha256').update('abc', 'hex'));
t('outputLength', () => crypto.createHash('sha256', { outputLength: 5 }));
t('hmac no key', () => crypto.createHmac('sha256'));
t('hmac number key', () => crypto.createHmac('sha256', 1));
t('hmac unknown', () => crypto.createHmac('nope', 'k'));
t('hmac no alg', () => crypto.createHmac(undefined, 'k'));
t('hmac digest twice', () => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.digest('hex'); });
t('hmac digest twice buffer', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); return h.digest(); });
t('hmac update after', () => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.update('a'); });
t('hash number', () => crypto.hash('sha1', 1));
t('hash unknown', () => crypto.hash('nope', 'a'));
t('hash bad encoding', () => crypto.hash('sha1', 'a', 'bogus'));
t('hash alg type', () => crypto.hash(1, 'a'));
t('hash options object', () => crypto.hash('sha1', 'a', { outputEncoding: 'base64' }));
t('hash options empty', () => crypto.hash('sha1', 'a', {}));
t('hash BUFFER', () => crypto.hash('sha1', 'a', 'BUFFER').length);
t('hash UTF8', () => crypto.hash('md5', 'a', 'UTF8').length);
t('hash options null', () => crypto.hash('sha1', 'a', null));
t('hash options number', () => crypto.hash('sha1', 'a', 5));
t('hash options array', () => crypto.hash('sha1', 'a', []));
t('hash encoding number', () => crypto.hash('sha1', 'a', { outputEncoding: 5 }));
t('hash outputLength', () => crypto.hash('sha1', 'a', { outputLength: 20 }));
t('hash bad outputLength', () => crypto.hash('sha1', 'a', { outputLength: 5 }));
