// node:assert and node:assert/strict: their members, the strict variants,
// Assert instances and AssertionError's own shape.
const assert = require('assert');
const strict = require('assert/strict');
const { AssertionError } = assert;

console.log(Object.keys(assert).join(' '));
console.log(Object.keys(strict).join(' '));
console.log(strict === assert.strict, strict.strict === strict, require('node:assert') === assert);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual,
  strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(assert.strictEqual.name, assert.throws.name, assert.rejects.name, assert.name, strict.name);
try { strict.equal(1, '1'); } catch (e) { console.log('strict.equal', e.operator, JSON.stringify(e.message)); }
try { strict.deepEqual([1], ['1']); } catch (e) { console.log('strict.deepEqual', e.operator); }

const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.name, e.code, e.generatedMessage, e.actual, e.expected, e.operator, e.diff);
console.log(JSON.stringify(e.message));
console.log(e instanceof Error, Object.keys(e).join(','), String(e).split('\n')[0]);
console.log(e.stack.split('\n')[0]);
const e2 = new AssertionError({ message: 'own', actual: 1, expected: 2, operator: 'fail' });
console.log(e2.generatedMessage, JSON.stringify(e2.message));
const e3 = new AssertionError({ actual: 1, expected: 2, operator: 'deepEqual' });
console.log(JSON.stringify(e3.message));
const e4 = new AssertionError({ actual: 'x', expected: 'y', operator: 'foo' });
console.log(JSON.stringify(e4.message));
try { new AssertionError(); } catch (err) { console.log(err.code, err.message); }
console.log(require('util').inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));

const a = new assert.Assert();
try { a.equal(1, '1'); } catch (err) { console.log('Assert default strict', err.operator); }
const loose = new assert.Assert({ strict: false });
loose.equal(1, '1');
console.log('Assert loose ok');
try { assert.Assert(); } catch (err) { console.log(err.code, err.message); }
try { new assert.Assert({ diff: 'x' }); } catch (err) { console.log(err.code, err.message); }
