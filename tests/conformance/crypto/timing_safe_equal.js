// timingSafeEqual: equality of bytes, views of any type, and its errors.
const crypto = require('crypto');

function t(label, f) {
  try {
    console.log(label, 'returned', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

t('equal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
t('differ', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
t('empty', () => crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));
t('views', () => crypto.timingSafeEqual(new Uint16Array([0x6261]), Buffer.from('ab')));
t('arraybuffer', () => crypto.timingSafeEqual(new ArrayBuffer(2), new Uint8Array(2)));
t('lengths', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
t('string', () => crypto.timingSafeEqual('a', 'a'));
t('second', () => crypto.timingSafeEqual(Buffer.from('a'), 1));
