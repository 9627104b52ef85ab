// require() and import of ambiguous files: an ES module found by
// detection (with Node's warning when a package.json has no "type"), a
// syntax error that is one in both (the CommonJS error), and a CommonJS
// file imported from an ES module.
require('../fixtures/warnings.js');
const esm = require('../fixtures/typeless/esm.js');
console.log(esm, esm.value);
try {
  require('../fixtures/typeless/broken.js');
} catch (e) {
  console.log(e.name);
}
import('../fixtures/typeless/cjs.js').then((ns) => console.log(ns.default, ns.named));
import('../fixtures/typeless/esm_imports_cjs.js').then((ns) => console.log(ns.value));
