// jsvm-ignore: QuickJS-ng words syntax errors differently from V8 ("unexpected token in expression")
// A program with a syntax error: nothing runs; exit 1.
console.log('never printed');
let x = ;
