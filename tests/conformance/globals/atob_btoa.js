// atob and btoa (globals and node:buffer), isUtf8, isAscii.
const buffer = require('buffer');
console.log(btoa('hello'), btoa(''), btoa('\u00ff\u0000'), btoa(123), buffer.btoa === btoa);
console.log(atob('aGVsbG8='), atob(' aGk= '), atob('aGk'), JSON.stringify(atob('')), atob(null === null ? 'AA==' : ''));
for (const bad of ['*', 'a', 'aGk==='.slice(0, 5), '\u0100']) {
  try {
    console.log(JSON.stringify(atob(bad)));
  } catch (e) {
    console.log(e.name, e.message, e.code, e instanceof DOMException);
  }
}
try {
  btoa('\u0100');
} catch (e) {
  console.log(e.name, e.message, e.code);
}
try {
  atob();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(buffer.isUtf8(Buffer.from('héllo')), buffer.isUtf8(Buffer.from([0xff])),
  buffer.isUtf8(Buffer.from([0xe2, 0x82])), buffer.isUtf8(Buffer.from([0xed, 0xa0, 0x80])),
  buffer.isUtf8(new Uint8Array([0xf0, 0x9f, 0x98, 0x80])), buffer.isUtf8(new ArrayBuffer(2)));
console.log(buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from('é')), buffer.isAscii(new Uint8Array(0)));
try {
  buffer.isUtf8('string');
} catch (e) {
  console.log(e.code, e.message);
}
console.log(buffer.kStringMaxLength, buffer.constants.MAX_STRING_LENGTH);
