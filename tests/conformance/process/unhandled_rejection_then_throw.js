// An error thrown in a then() callback, after other output.
Promise.resolve(1).then((v) => {
  console.log('value', v);
  throw new RangeError('out of range in then');
});
