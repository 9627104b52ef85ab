// Buffer: construction, encodings, reads and writes, search, inspect, errors.
const t=(f)=>{try{console.log(f())}catch(e){console.log(e.name, e.code, e.message)}};
t(()=>Buffer.from(123)); t(()=>Buffer.from()); t(()=>Buffer.alloc(-1)); t(()=>Buffer.alloc('5')); t(()=>Buffer.from('x').toString('bogus')); t(()=>Buffer.from('x','bogus'));
t(()=>Buffer.from({length:2, 0:1, 1:2})); t(()=>Buffer.from({})); t(()=>Buffer.concat([1]));t(()=>Buffer.byteLength(5));
t(()=>Buffer.from('abc').slice(1)); t(()=>Buffer.from([1,2,3]).toJSON()); t(()=>Buffer.alloc(60)); t(()=>Buffer.from('hi').readUInt8(5));
const b = Buffer.from('héllo wörld €𝄞', 'utf8');
t(() => [b.length, b.toString(), b.toString('hex'), b.toString('base64'), b.toString('base64url'), b.toString('latin1'), b.toString('ascii'), b.toString('utf16le')]);
t(() => [Buffer.from('aGVsbG8', 'base64').toString(), Buffer.from('68656c6czz', 'hex'), Buffer.from('hé', 'latin1'), Buffer.from('hé', 'ucs2')]);
t(() => [Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)), b instanceof Uint8Array, Buffer.isEncoding('UTF-8'), Buffer.isEncoding('x'), Buffer.byteLength('€'), Buffer.byteLength('aGVsbG8=', 'base64')]);
t(() => { const x = Buffer.alloc(8); x.writeUInt32BE(0xdeadbeef, 0); x.writeInt16LE(-2, 4); return [x, x.readUInt32BE(0), x.readInt16LE(4), x.readUIntBE(0, 3), x.readIntLE(4, 2)]; });
t(() => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3), b.indexOf('wö'), b.includes('zz'), b.lastIndexOf('l'), Buffer.alloc(5, 'ab'), Buffer.from('abc').equals(Buffer.from('abc'))]);
t(() => { const x = Buffer.alloc(4); return [x.write('€€', 1), x]; });
t(() => { const x = Buffer.from('abc'); x.foo = 1; return x; });
t(() => [Buffer.from(new Uint16Array([1, 256])), Buffer.from(new Uint8Array([5,6]).buffer, 1), Buffer.of(1,2), Buffer.from(Buffer.from('xy'))]);
t(() => [typeof require('buffer').Buffer, require('buffer').kMaxLength]);
t(() => Buffer.from('abcd').swap16());
t(() => Buffer.from([1,2,3]).writeUInt8(300));
