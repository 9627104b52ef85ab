// node:string_decoder: characters split across chunks, every encoding,
// end(), the state getters and argument errors.
const { StringDecoder } = require('string_decoder');
const show = (s) => JSON.stringify(s);

const d = new StringDecoder('utf8');
console.log(Object.keys(d), d.encoding, d.lastNeed, d.lastTotal, d.lastChar);
console.log(show(d.write(Buffer.from([0xe2, 0x82]))), d.lastNeed, d.lastTotal, d.lastChar);
console.log(show(d.write(Buffer.from([0xac]))), d.lastNeed);
console.log(show(d.write(Buffer.from([0xe2, 0x82]))), show(d.write(Buffer.from([0x41]))));
console.log(show(d.write(Buffer.from([0xf0, 0x80]))), d.lastNeed);
console.log(show(d.write(Buffer.from([0x80, 0x80]))));
console.log(show(d.write(Buffer.from([0xf0]))), show(d.end()), d.lastNeed);
console.log(show(d.end(Buffer.from([0xe2]))));
console.log(show(d.end(Buffer.from('héllo'))), show(d.write(new Uint8Array([0xc3, 0xa9]))));
// A four-byte character given one byte at a time.
const emoji = Buffer.from('a😀b');
let out = '';
for (const b of emoji) out += d.write(Buffer.from([b]));
console.log(show(out + d.end()));
console.log(show(d.write(Buffer.from([0xe2, 0x82, 0xf0, 0x9f]))), d.lastNeed, d.lastTotal);
console.log(show(d.write(Buffer.from([0x98, 0x80]))));
console.log(show(d.write(Buffer.from([0xff, 0xc3]))), show(d.end()));
console.log(show(d.write(new DataView(new Uint8Array([0x68, 0x69]).buffer))));
console.log(d.write('str'), d.end('x'), show(d.write(Buffer.alloc(0))));

for (const e of ['UTF-8', 'ucs2', 'UTF-16LE', 'binary', 'Latin1', 'base64url', 'ascii', 'hex',
  undefined, null, '']) {
  console.log(String(e), new StringDecoder(e).encoding);
}

const u = new StringDecoder('utf16le');
console.log(show(u.write(Buffer.from([0x3d]))), show(u.write(Buffer.from([0xd8, 0x4d]))),
  u.lastNeed, show(u.end()));
const u2 = new StringDecoder('utf-16le');
console.log(show(u2.write(Buffer.from([0x3d, 0xd8]))), u2.lastNeed, u2.lastTotal,
  show(u2.write(Buffer.from([0x4d, 0xdc]))));
console.log(show(u2.write(Buffer.from([0x41, 0x00, 0x3d, 0xd8]))), show(u2.end()));

for (const enc of ['base64', 'base64url']) {
  const b = new StringDecoder(enc);
  console.log(enc, b.write(Buffer.from('a')), b.write(Buffer.from('bcd')), b.lastNeed,
    b.end(Buffer.from('e')), show(b.end()), b.write(Buffer.from([0xfb, 0xff])), b.end());
}
const h = new StringDecoder('hex');
console.log(h.write(Buffer.from([1, 0xab])), h.end(Buffer.from([0xff])));
const l = new StringDecoder('latin1');
console.log(l.write(Buffer.from([0xe9, 0x41])), l.end());
const a = new StringDecoder('ascii');
console.log(a.write(Buffer.from([0xe9, 0x41])), a.end());
console.log(show(new StringDecoder().text(Buffer.from('abc€'), 1)));

try { new StringDecoder('nope'); } catch (e) { console.log(e.code, e.name, e.message); }
for (const bad of [5, null, {}, [1, 2]]) {
  try { d.write(bad); } catch (e) { console.log(e.code, e.name, e.message); }
}
try { d.end(5); } catch (e) { console.log(e.code, e.name, e.message); }
