// assert.throws / rejects / doesNotThrow / doesNotReject with every kind of
// expectation: a class, a RegExp, a validation function, a validation
// object (nested objects, RegExp values), an error object, a message.
const assert = require('assert');

function report(name, e) {
  if (e === undefined) {
    console.log(`${name}: passed`);
  } else if (e.code === 'ERR_ASSERTION') {
    console.log(`${name}: AssertionError gen=${e.generatedMessage} op=${e.operator}`);
    console.log(`  ${JSON.stringify(e.message)}`);
  } else {
    console.log(`${name}: ${e.name} ${e.code} ${JSON.stringify(e.message)}`);
  }
}
function run(name, fn) {
  try {
    fn();
    report(name);
  } catch (e) {
    report(name, e);
  }
}

class MyError extends Error {
  constructor(message, extra) {
    super(message);
    this.name = 'MyError';
    Object.assign(this, extra);
  }
}
const thrower = (err) => () => { throw err; };
const boom = () => { throw new TypeError('boom'); };
const detailed = thrower(new MyError('detailed failure', { code: 'E_X', info: { depth: { n: 1 } }, list: [1, 2] }));

run('throws no error', () => assert.throws(() => {}));
run('throws no error message', () => assert.throws(() => {}, 'should throw'));
run('throws no error class', () => assert.throws(() => {}, TypeError));
run('throws no error class message', () => assert.throws(() => {}, TypeError, 'msg'));
run('throws class ok', () => assert.throws(boom, TypeError));
run('throws base class ok', () => assert.throws(boom, Error));
run('throws class mismatch', () => assert.throws(boom, RangeError));
run('throws class mismatch own message', () => assert.throws(boom, RangeError, 'own'));
run('throws class non-error thrown', () => assert.throws(thrower('str'), TypeError));
run('throws class same name', () => assert.throws(thrower(new (class TypeError extends Error {})('x')), TypeError));
run('throws regexp ok', () => assert.throws(boom, /boo/));
run('throws regexp mismatch', () => assert.throws(boom, /bang/));
run('throws regexp non-error', () => assert.throws(thrower(42), /4/));
run('throws function ok', () => assert.throws(boom, (e) => e instanceof TypeError));
run('throws function false', () => assert.throws(boom, (e) => false));
run('throws named function undefined', () => assert.throws(boom, function check() {}));
run('throws object ok', () => assert.throws(boom, { name: 'TypeError', message: 'boom' }));
run('throws object message mismatch', () => assert.throws(boom, { message: 'bang' }));
run('throws object regexp values', () => assert.throws(detailed, { message: /failure$/, code: /^E_/ }));
run('throws object regexp value mismatch', () => assert.throws(detailed, { message: /^x/, code: 'E_X' }));
run('throws object nested ok', () => assert.throws(detailed, { info: { depth: { n: 1 } }, list: [1, 2] }));
run('throws object nested mismatch', () => assert.throws(detailed, { info: { depth: { n: 2 } } }));
run('throws object missing key', () => assert.throws(detailed, { missing: 1 }));
run('throws object own message', () => assert.throws(detailed, { code: 'nope' }, 'custom text'));
run('throws empty object', () => assert.throws(boom, {}));
run('throws error object ok', () => assert.throws(boom, new TypeError('boom')));
run('throws error object mismatch', () => assert.throws(boom, new TypeError('other')));
run('throws primitive thrown vs object', () => assert.throws(thrower(1), { a: 1 }));
run('throws string as error', () => assert.throws(boom, 'boom'));
run('throws string identical', () => assert.throws(thrower(new Error('same')), 'same'));
run('throws string identical primitive', () => assert.throws(thrower('same'), 'same'));
run('throws bad expectation', () => assert.throws(boom, 5));
run('throws string plus message', () => assert.throws(boom, 'a', 'b'));
run('throws not a function', () => assert.throws('nope'));
run('doesNotThrow ok', () => assert.doesNotThrow(() => {}));
run('doesNotThrow threw', () => assert.doesNotThrow(boom));
run('doesNotThrow threw message', () => assert.doesNotThrow(boom, 'msg'));
run('doesNotThrow class match', () => assert.doesNotThrow(boom, TypeError));
run('doesNotThrow class other rethrows', () => assert.doesNotThrow(boom, RangeError));
run('doesNotThrow regexp match', () => assert.doesNotThrow(boom, /boom/, 'with text'));
run('doesNotThrow bad expectation', () => assert.doesNotThrow(boom, {}));

async function runAsync(name, fn) {
  try {
    await fn();
    report(name);
  } catch (e) {
    report(name, e);
  }
}

(async () => {
  await runAsync('rejects ok', () => assert.rejects(Promise.reject(new TypeError('no')), TypeError));
  await runAsync('rejects fn ok', () => assert.rejects(async () => { throw new TypeError('no'); }, { message: 'no' }));
  await runAsync('rejects resolved', () => assert.rejects(Promise.resolve(1)));
  await runAsync('rejects resolved class', () => assert.rejects(Promise.resolve(1), TypeError));
  await runAsync('rejects mismatch', () => assert.rejects(Promise.reject(new TypeError('no')), RangeError));
  await runAsync('rejects regexp mismatch', () => assert.rejects(Promise.reject(new Error('no')), /yes/));
  await runAsync('rejects fn not promise', () => assert.rejects(() => 5));
  await runAsync('rejects bad arg', () => assert.rejects(5));
  await runAsync('rejects thenable', () => assert.rejects({ then(r, j) { j(new Error('t')); }, catch() {} }, /t/));
  await runAsync('rejects sync throw', () => assert.rejects(() => { throw new Error('sync'); }));
  await runAsync('doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1)));
  await runAsync('doesNotReject rejected', () => assert.doesNotReject(Promise.reject(new Error('r'))));
  await runAsync('doesNotReject rejected message', () => assert.doesNotReject(async () => { throw new Error('r'); }, 'm'));
  await runAsync('doesNotReject other class', () => assert.doesNotReject(Promise.reject(new TypeError('t')), RangeError));
})();
