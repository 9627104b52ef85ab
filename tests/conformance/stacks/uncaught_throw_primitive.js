// A thrown primitive: a blank line, the location, the value, and Node's
// hint about --trace-uncaught.
function fail() {
  throw 42;
}
fail();
