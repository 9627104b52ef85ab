// typescript: transpileModule.
const ts = require('typescript');
const out = ts.transpileModule('enum E { A, B }\nconst x: number = E.B;\nexport default x as number;', {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
});
console.log(out.outputText);
console.log(ts.transpileModule('let y = <string>z;', { reportDiagnostics: true }).diagnostics.length);
