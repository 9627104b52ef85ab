// Error.prepareStackTrace receives the error and V8 CallSite objects; their
// methods describe each frame (only frames of the vm-compiled file are shown).
const vm = require('node:vm');

Error.prepareStackTrace = (err, sites) => sites
  .filter((s) => s.getFileName() === 'sites.js' || s.getFunctionName() === 'forEach')
  .map((s) => JSON.stringify({
    typeName: s.getTypeName(),
    functionName: s.getFunctionName(),
    methodName: s.getMethodName(),
    fileName: s.getFileName() ?? null,
    line: s.getLineNumber(),
    column: s.getColumnNumber(),
    toplevel: s.isToplevel(),
    native: s.isNative(),
    constructor: s.isConstructor(),
    eval: s.isEval(),
    text: String(s),
  }));

const code = `
class Widget {
  constructor() { this.parts = [1]; }
  run() {
    this.parts.forEach(function part() {
      throw new Error('inside');
    });
  }
}
function start() {
  new Widget().run();
}
start();
`;
try {
  vm.runInThisContext(code, { filename: 'sites.js' });
} catch (e) {
  console.log(e.message);
  for (const line of e.stack) console.log(line);
}

const ctorCode = `
function Thing() { throw new Error('ctor'); }
new Thing();
`;
try {
  vm.runInThisContext(ctorCode, { filename: 'sites.js' });
} catch (e) {
  for (const line of e.stack) console.log(line);
}

Error.prepareStackTrace = undefined;
