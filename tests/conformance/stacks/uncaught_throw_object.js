// A thrown object that is not an error: a blank line, the location, then
// the inspected object.
const value = { reason: 'not an error', code: 7 };
throw value;
