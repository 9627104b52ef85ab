// TextDecoder/TextEncoder (globals and node:util): labels, streaming,
// fatal, the byte order mark, windows-1252, encodeInto, argument errors.
const util = require('util');
const show = (s) => JSON.stringify(s);
console.log(util.TextDecoder === TextDecoder, util.TextEncoder === TextEncoder);
const g = Object.getOwnPropertyDescriptor(globalThis, 'TextDecoder');
console.log(typeof g.value, g.writable, g.enumerable, g.configurable);
console.log(Object.getOwnPropertyNames(TextDecoder.prototype),
  Object.getOwnPropertyNames(TextEncoder.prototype));

for (const label of [' UTF8 ', 'unicode-1-1-utf-8', 'utf-16', 'UCS-2', 'unicode', 'ascii',
  'latin1', 'ISO-8859-1', 'us-ascii', 'cp1252', 'l1', '\tutf-8\n']) {
  console.log(show(label), new TextDecoder(label).encoding);
}
for (const label of ['nope', 'utf-7', '', 'utf 8']) {
  try { new TextDecoder(label); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(show(new TextDecoder('latin1').decode(new Uint8Array([0x80, 0x81, 0x8a, 0x9f, 0xa0, 0xe9, 0x41]))));
console.log(show(new TextDecoder('ascii').decode(new Uint8Array([0x41, 0x99, 0xff]))));

// Streaming UTF-8.
const d = new TextDecoder();
console.log(show(d.decode(new Uint8Array([0xe2, 0x82]), { stream: true })),
  show(d.decode(new Uint8Array([0xac]), { stream: true })), show(d.decode()));
console.log(show(d.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), show(d.decode()));
console.log(show(d.decode(new Uint8Array([0xef, 0xbb]), { stream: true })),
  show(d.decode(new Uint8Array([0xbf, 0x41]), { stream: true })),
  show(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))));
console.log(show(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]))));
let streamed = '';
for (const b of new TextEncoder().encode('a😀é✓')) streamed += d.decode(new Uint8Array([b]), { stream: true });
console.log(show(streamed + d.decode()));
console.log(show(d.decode(new Uint8Array([0xf0, 0x9f, 0x41, 0xed, 0xa0, 0x80, 0xc0, 0x80, 0xf4, 0x90]))));
console.log(show(d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })),
  show(d.decode(new Uint8Array([0x41]), { stream: true })), show(d.decode()));

// UTF-16LE.
const u = new TextDecoder('utf-16le');
console.log(show(u.decode(new Uint8Array([0x3d, 0xd8, 0x41]))), show(u.decode(new Uint8Array([0xff, 0xfe, 0x41, 0]))));
console.log(show(u.decode(new Uint8Array([0x3d]), { stream: true })),
  show(u.decode(new Uint8Array([0xd8]), { stream: true })), show(u.decode(new Uint8Array([0x00, 0xde]))));
console.log(show(u.decode(new Uint8Array([0x00, 0xde, 0x41, 0x00]))), show(u.decode(new Uint8Array([0x3d, 0xd8, 0x41, 0x00]))));
console.log(show(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41, 0]))));

// fatal.
for (const [enc, bytes] of [['utf-8', [0xc3]], ['utf-8', [0x41, 0xff]], ['utf-8', [0xed, 0xa0, 0x80]],
  ['utf-16le', [0x3d, 0xd8]], ['utf-16le', [0x41]], ['utf-16le', [0x00, 0xdc]]]) {
  const f = new TextDecoder(enc, { fatal: 1 });
  try {
    console.log(show(f.decode(new Uint8Array(bytes))));
  } catch (e) {
    console.log(enc, e.name, e.code, e.message);
  }
  // The decoder starts over after the error.
  console.log(show(f.decode(new Uint8Array([0x41, 0]))));
}
const fs = new TextDecoder('utf-8', { fatal: true });
console.log(show(fs.decode(new Uint8Array([0xe2, 0x82]), { stream: true })));
try { fs.decode(); } catch (e) { console.log(e.code); }
console.log(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).fatal,
  new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).ignoreBOM);

// Inputs.
console.log(show(d.decode(new Uint16Array([0x6968]))), show(d.decode(new DataView(new Uint8Array([0x6f, 0x6b]).buffer))),
  d.decode(new SharedArrayBuffer(2)).length, show(d.decode(new Uint8Array([0x61, 0x62, 0x63]).subarray(1))));
for (const bad of ['str', 5, null, [1]]) {
  try { d.decode(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const bad of [5, 'x', true]) {
  try { new TextDecoder('utf-8', bad); } catch (e) { console.log(e.name, e.code, e.message); }
  try { d.decode(new Uint8Array(1), bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(show(new TextDecoder('utf-8', null).decode(new Uint8Array([0x41]), null)));

// TextEncoder.
const e = new TextEncoder();
console.log(e.encode(null), e.encode(undefined), e.encode({ toString() { return 'x'; } }), e.encode('\ud800\udc00\udc00'));
console.log(e.encodeInto('a😀b', new Uint8Array(4)), e.encodeInto('\ud800x', new Uint8Array(10)),
  e.encodeInto('', new Uint8Array(0)), e.encodeInto('é', new Uint8Array(1)));
const dest = new Uint8Array(8);
console.log(e.encodeInto('€uro', dest), dest);
for (const [src, dst] of [['a', [1]], [5, new Uint8Array(2)], ['a', new Uint16Array(2)], ['a', Buffer.alloc(2)]]) {
  try { console.log(e.encodeInto(src, dst)); } catch (x) { console.log(x.name, x.code, x.message); }
}
console.log(util.inspect(new TextDecoder('latin1', { fatal: true })), util.inspect(e));

// Streaming in three chunks split anywhere gives the one-shot result,
// across valid, invalid and truncated sequences.
const mixed = new Uint8Array([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xc0,
  0x80, 0xed, 0xa0, 0x80, 0xf0, 0x80, 0xe0, 0x9f, 0xf4, 0x90, 0x80, 0xe2, 0x82, 0x41, 0xf0, 0x9f,
  0x98, 0x62, 0xc3]);
const whole = new TextDecoder().decode(mixed);
console.log(JSON.stringify(whole));
let mismatches = 0;
for (let i = 0; i <= mixed.length; i++) {
  for (let j = i; j <= mixed.length; j++) {
    const sd = new TextDecoder();
    const got = sd.decode(mixed.subarray(0, i), { stream: true }) +
      sd.decode(mixed.subarray(i, j), { stream: true }) + sd.decode(mixed.subarray(j));
    if (got !== whole) mismatches++;
  }
}
console.log('mismatches', mismatches);
// fatal in chunks: valid input passes whatever the split; an error is
// found in the chunk that completes it.
const valid = new TextEncoder().encode('aé€😀b');
let fatalOk = 0;
for (let i = 0; i <= valid.length; i++) {
  const fd = new TextDecoder('utf-8', { fatal: true });
  if (fd.decode(valid.subarray(0, i), { stream: true }) + fd.decode(valid.subarray(i)) === 'aé€😀b') fatalOk++;
}
console.log('fatal splits ok', fatalOk, valid.length + 1);
const fd2 = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(fd2.decode(new Uint8Array([0x61, 0xf0, 0x9f]), { stream: true })));
try { fd2.decode(new Uint8Array([0x41]), { stream: true }); } catch (e) { console.log(e.code); }
console.log(JSON.stringify(fd2.decode(new Uint8Array([0xef, 0xbf, 0xbd, 0x41]))));
try { fd2.decode(new Uint8Array([0x61, 0x80, 0x62])); } catch (e) { console.log(e.code); }
try { fd2.decode(new Uint8Array([0xe2, 0x82]), { stream: true }); fd2.decode(); } catch (e) { console.log(e.code); }
// windows-1252 over every byte.
const all = new Uint8Array(256).map((_, i) => i);
const w = new TextDecoder('windows-1252').decode(all);
console.log(w.length, [...w.slice(0x80, 0xa0)].map((c) => c.charCodeAt(0).toString(16)).join(' '));
