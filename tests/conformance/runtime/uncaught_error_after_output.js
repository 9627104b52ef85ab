// Output written before an uncaught error is kept; stderr has the error.
console.log('one');
console.error('two');
function fail() {
  throw new TypeError('bad type');
}
fail();
