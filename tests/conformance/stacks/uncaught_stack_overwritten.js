// An error whose stack was replaced is still located where it was thrown.
const err = new Error('original');
err.stack = 'a stack set by the program';
throw err;
