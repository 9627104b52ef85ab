// An error caught and thrown again is located at the second throw; an error
// passing through a finally block keeps its first location.
function inner() {
  throw new Error('first');
}
try {
  try {
    inner();
  } finally {
    console.log('finally ran');
  }
} catch (e) {
  console.log('caught', e.message);
  throw e;
}
