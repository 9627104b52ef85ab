// An error that only passes through a finally block keeps the location
// of its throw.
function work() {
  try {
    throw new TypeError("in the try block");
  } finally {
    console.log('cleanup');
  }
}
work();
