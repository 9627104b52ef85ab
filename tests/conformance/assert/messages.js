// AssertionError messages and properties of failing assertions, one block
// per case: the message (as JSON), generatedMessage, operator, actual and
// expected as inspected.
const assert = require('assert');
const util = require('util');

class Foo { constructor() { this.a = 1; } }
class Bar { constructor() { this.a = 1; } }
const show = (v) => (v instanceof Error ? `[${v.name}: ${v.message}]` :
  util.inspect(v, { depth: 1, breakLength: Infinity }));

function run(name, fn) {
  try {
    fn();
    console.log(`${name}: no throw`);
  } catch (e) {
    console.log(`${name}: ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}` +
      ` actual=${show(e.actual)} expected=${show(e.expected)}`);
    console.log(`  ${JSON.stringify(e.message)}`);
  }
}

const big = Array.from({ length: 30 }, (_, i) => ({ id: i, name: `item ${i}` }));
const big2 = big.map((o) => ({ ...o }));
big2[15].name = 'changed';
const long1 = 'a'.repeat(100);
const long2 = `${'a'.repeat(50)}b${'a'.repeat(49)}`;

run('strictEqual numbers', () => assert.strictEqual(1, 2));
run('strictEqual strings short', () => assert.strictEqual('a', 'b'));
run('strictEqual strings long', () => assert.strictEqual('hello world!!', 'hello there!!'));
run('strictEqual strings indicator', () => assert.strictEqual('abcdefgh', 'abcdXfgh'));
run('strictEqual long strings', () => assert.strictEqual(long1, long2));
run('strictEqual multiline strings', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
run('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
run('strictEqual objects differ', () => assert.strictEqual({ a: 1 }, { a: 2 }));
run('strictEqual functions', () => assert.strictEqual(() => {}, () => {}));
run('strictEqual 0 -0', () => assert.strictEqual(0, -0));
run('strictEqual null undefined', () => assert.strictEqual(null, undefined));
run('strictEqual number string', () => assert.strictEqual(1, '1'));
run('strictEqual custom message', () => assert.strictEqual(1, 2, 'custom'));
run('strictEqual format message', () => assert.strictEqual(1, 2, 'got %d want %d', 1, 2));
run('strictEqual error message', () => assert.strictEqual(1, 2, new TypeError('own')));
run('strictEqual function message', () => assert.strictEqual(1, 2, (a, b) => `fn ${a} ${b}`));
run('strictEqual bad message', () => assert.strictEqual(1, 2, 5));
run('strictEqual missing args', () => assert.strictEqual(1));
run('notStrictEqual', () => assert.notStrictEqual(1, 1));
run('notStrictEqual string', () => assert.notStrictEqual('long string here', 'long string here'));
run('notStrictEqual object', () => { const o = { a: 1 }; assert.notStrictEqual(o, o); });
run('deepStrictEqual objects', () => assert.deepStrictEqual({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } }));
run('deepStrictEqual arrays', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
run('deepStrictEqual long arrays', () => assert.deepStrictEqual(big, big2));
run('deepStrictEqual same structure', () => assert.deepStrictEqual([new Foo()], [new Bar()]));
run('deepStrictEqual type', () => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
run('deepStrictEqual prims', () => assert.deepStrictEqual(1, true));
run('deepStrictEqual map', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
run('deepStrictEqual set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
run('deepStrictEqual errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
run('deepStrictEqual extra key', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
run('deepStrictEqual nested many lines', () => assert.deepStrictEqual(
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11 },
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 12 }));
run('deepStrictEqual dates', () => assert.deepStrictEqual(new Date(0), new Date(1)));
run('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
run('deepEqual prims', () => assert.deepEqual(1, 2));
run('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
run('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
run('notDeepStrictEqual short', () => assert.notDeepStrictEqual(1, 1));
run('notDeepStrictEqual multiline', () => assert.notDeepStrictEqual({ a: 1, b: 'x'.repeat(80) }, { a: 1, b: 'x'.repeat(80) }));
run('equal', () => assert.equal(1, 2));
run('equal objects', () => assert.equal({ a: 1 }, { a: 1 }));
run('equal loose passes', () => assert.equal(1, '1'));
run('equal NaN', () => assert.equal(NaN, NaN));
run('notEqual', () => assert.notEqual(1, '1'));
run('notEqual NaN', () => assert.notEqual(NaN, NaN));
run('ok no args', () => assert.ok());
run('ok false with message', () => assert.ok(false, 'nope'));
run('ok 0 with format', () => assert.ok(0, 'v=%s', 0));
run('fail', () => assert.fail());
run('fail message', () => assert.fail('boom'));
run('fail error', () => assert.fail(new RangeError('r')));
run('match', () => assert.match('abc', /^b/));
run('match non-string', () => assert.match(123, /1/));
run('match message', () => assert.match('abc', /x/, 'own'));
run('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
run('match bad regexp', () => assert.match('abc', 'b'));
run('ifError', () => assert.ifError(new TypeError('bad')));
run('ifError string', () => assert.ifError('str'));
run('ifError empty message', () => assert.ifError(new TypeError('')));
run('ifError null', () => assert.ifError(null));
run('partialDeepStrictEqual', () => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }));
