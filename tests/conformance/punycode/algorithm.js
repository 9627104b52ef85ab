// node:punycode: RFC 3492 encode/decode, toASCII/toUnicode, ucs2, errors.
// node-flags: --no-deprecation
// jsvm-flags: --no-deprecation
const punycode = require('punycode');
console.log(Object.keys(punycode), punycode.version, Object.keys(punycode.ucs2));
const words = ['mañana', 'bücher', 'ü', 'abc', '', '☃-⌘', 'Hello-Another-Way-それぞれの場所',
  'ひとつ屋根の下2', 'Pročprostěnemluvíčesky', '他们为什么不说中文', 'almaty-алматы', '😀🎉x',
  'MajiでKoiする5秒前', '-> $1.00 <-', 'a\ud800b'];
for (const w of words) {
  const e = punycode.encode(w);
  console.log(JSON.stringify(w), e, JSON.stringify(punycode.decode(e)) === JSON.stringify(w));
}
for (const d of ['maana-pta', 'tda', 'a-', 'abc-', 'ABC-dEf', 'egbpdaj6bu4bxfgehfvwxn']) {
  console.log(d, JSON.stringify(punycode.decode(d)));
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('☃-⌘.com'),
  punycode.toASCII('user@mañana.com'), punycode.toASCII('a\u3002b\uff0ec\uff61d'),
  punycode.toASCII('plain.example'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('XN--MAANA-PTA.com'),
  punycode.toUnicode('xn--MAANA-PTA.com'), punycode.toUnicode('user@xn--bcher-kva.example'),
  punycode.toUnicode('abc'));
console.log(punycode.ucs2.decode('a😀\ud800'), JSON.stringify(punycode.ucs2.encode([97, 0x1f600, 0xd800])));
for (const bad of ['-', '--', 'a--', '\u0080ab', 'zzzzzzzzzzzzzzz', '99999999', 'é-abc', 'a-b!c']) {
  try {
    console.log(JSON.stringify(punycode.decode(bad)));
  } catch (e) {
    console.log(JSON.stringify(bad), e.constructor.name, e.message, e.code);
  }
}
try { punycode.encode(null); } catch (e) { console.log(e.constructor.name); }
