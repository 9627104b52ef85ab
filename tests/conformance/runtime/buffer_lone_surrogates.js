// Buffer and lone surrogates: utf16le (ucs2) keeps each code unit, utf8
// writes U+FFFD for each, and decoding utf16le gives the units back.
const show = (s) => JSON.stringify(s);
for (const s of ['a\ud800b', '\udc00', '\ud83d\ude00x\ud83d', '\ude00\ud83d', 'x\udfff\ud800']) {
  console.log(show(s),
    Buffer.from(s, 'utf16le').toString('hex'),
    Buffer.from(s, 'ucs2').toString('hex'),
    Buffer.from(s, 'utf8').toString('hex'),
    Buffer.byteLength(s, 'utf16le'), Buffer.byteLength(s, 'utf8'));
  const back = Buffer.from(s, 'utf16le').toString('utf16le');
  console.log(back === s, [...back].map((c) => c.codePointAt(0).toString(16)).join());
}
const b = Buffer.alloc(6);
console.log(b.write('\ud800z', 'utf16le'), b.toString('hex'));
console.log(show(Buffer.from([0x00, 0xd8, 0x61, 0x00, 0x3d]).toString('utf16le')));
console.log(show(Buffer.from('\ud800', 'latin1').toString('hex')), show(Buffer.from('a\udc00', 'hex').toString('hex')));
