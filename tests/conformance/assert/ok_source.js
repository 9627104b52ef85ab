// A failed assert.ok / assert() without a message quotes the source
// expression of the call, as Node reads it from the program's file.
const assert = require('assert');
const { strict } = assert;

function run(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.actual, e.expected, e.operator);
  }
}

run(() => assert.ok(0 > 1));
run(() => assert(false));
run(() => assert.ok(null, undefined));
run(() => assert.ok(typeof 123 === 'string'));
run(() => {
  assert.ok(
    ''.length
  );
});
run(() => { (assert.ok(false), 1); });
run(() => { assert.ok(false); assert.ok(true); });
run(() => assert['ok'](NaN));
run(() => strict.ok(0));
run(() => strict(0 === 1));
run(() => assert.ok('\u0001' === '', 'explicit'));
run(() => assert.ok(1));
const x = 0;
run(() => assert(x, undefined));
run(() => assert.ok(x /* a comment */));
