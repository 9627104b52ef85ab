// TextEncoder / TextDecoder from node:util (and inspect of them).
const { TextEncoder, TextDecoder } = require('util');
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode('héllo ✓ 😀'), enc.encode(), enc.encode('a\ud800'));
const dest = new Uint8Array(5);
console.log(enc.encodeInto('aé✓b', dest), dest);
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
console.log(dec.decode(enc.encode('round trip ✓')), dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])));
console.log(JSON.stringify(dec.decode(new Uint8Array([0x61, 0xff, 0x62]))));
console.log(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x42, 0])));
console.log(new TextDecoder('latin1').encoding, new TextDecoder('latin1').decode(new Uint8Array([0xe9])));
console.log(dec.decode(enc.encode('buffer').buffer), dec.decode(new DataView(enc.encode('dv').buffer)));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { dec.decode('str'); } catch (e) { console.log(e.name, e.code); }
