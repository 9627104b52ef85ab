throw new Error('on the first line');
// The caret is under `throw` on the program's first line (the module wrapper
// does not shift its columns).
