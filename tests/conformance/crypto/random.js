// randomBytes, randomFill(Sync), randomInt, randomUUID: shapes, ranges and
// errors (the values themselves are random: only facts about them print).
const crypto = require('crypto');

function t(label, f) {
  try {
    console.log(label, 'returned', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(b), b.length, crypto.randomBytes(0).length);
// 64 random bytes are not all equal (chance 2^-504).
const big = crypto.randomBytes(64);
console.log(big.some((x) => x !== big[0]));
console.log(crypto.randomBytes(32).equals(crypto.randomBytes(32)));
t('size -1', () => crypto.randomBytes(-1));
t('size string', () => crypto.randomBytes('1'));
t('size too big', () => crypto.randomBytes(2 ** 31));
t('size NaN', () => crypto.randomBytes(NaN));
t('callback type', () => crypto.randomBytes(3, 5));

const u16 = new Uint16Array(8);
console.log(crypto.randomFillSync(u16) === u16);
const filled = Buffer.alloc(10);
crypto.randomFillSync(filled, 8);
console.log(filled.subarray(0, 8).every((x) => x === 0));
const part = Buffer.alloc(10);
crypto.randomFillSync(part, 2, 3);
console.log(part[0], part[1], part.subarray(5).every((x) => x === 0));
const ab = new ArrayBuffer(4);
console.log(crypto.randomFillSync(ab) === ab);
t('fill offset', () => crypto.randomFillSync(new Uint8Array(2), 3));
t('fill size', () => crypto.randomFillSync(new Uint8Array(4), 1, 4));
t('fill number', () => crypto.randomFillSync(1));
t('fill offset type', () => crypto.randomFillSync(new Uint8Array(2), 'x'));

const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(3, 7);
  if (!Number.isInteger(n) || n < 3 || n >= 7) console.log('out of range', n);
  seen.add(n);
}
console.log([...seen].sort().join(','));
for (let i = 0; i < 100; i++) {
  const n = crypto.randomInt(2 ** 47);
  if (!Number.isSafeInteger(n) || n < 0 || n >= 2 ** 47) console.log('out of range', n);
}
console.log(crypto.randomInt(-5, -4));
t('max <= min', () => crypto.randomInt(10, 5));
t('fraction', () => crypto.randomInt(1.5));
t('min fraction', () => crypto.randomInt(0.5, 3));
t('range', () => crypto.randomInt(2 ** 48));
t('range min', () => crypto.randomInt(-1, 2 ** 48));
t('zero', () => crypto.randomInt(0));
t('callback', () => crypto.randomInt(1, 2, 'x'));

const uuid = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid));
console.log(crypto.randomUUID() !== crypto.randomUUID());
console.log(typeof crypto.randomUUID({ disableEntropyCache: true }));
t('uuid options', () => crypto.randomUUID(1));
t('uuid option', () => crypto.randomUUID({ disableEntropyCache: 1 }));

// The callback forms call back later, with (null, value) (randomInt's
// with (undefined, n)). One at a time: Node's thread pool may finish
// them in any order.
let sync = true;
crypto.randomBytes(5, (err, buf) => {
  console.log('randomBytes cb', err, buf.length, sync);
  crypto.randomFill(new Uint8Array(4), (err, buf) => {
    console.log('randomFill cb', err, buf.length);
    crypto.randomFill(new Uint8Array(4), 1, (err, buf) => {
      console.log('randomFill offset cb', err, buf.length);
      crypto.randomInt(10, (err, n) => console.log('randomInt cb', err, n >= 0 && n < 10));
    });
  });
});
sync = false;
