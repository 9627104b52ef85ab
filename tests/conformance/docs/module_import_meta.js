// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// Docs, "new vm.SourceTextModule": initializeImportMeta (CommonJS variant),
// printing where `secret` landed. The docs' module has no `context` option,
// so `secret` would be undefined there; it is given the context here.
const vm = require('node:vm');
const contextifiedObject = vm.createContext({ secret: 42 });
(async () => {
  const module = new vm.SourceTextModule(
    'Object.getPrototypeOf(import.meta.prop).secret = secret;',
    {
      context: contextifiedObject,
      initializeImportMeta(meta) {
        // Note: this object is created in the top context. As such,
        // Object.getPrototypeOf(import.meta.prop) points to the
        // Object.prototype in the top context rather than that in
        // the contextified object.
        meta.prop = {};
      },
    });
  // Since module has no dependencies, the linker function will never be called.
  await module.link(() => {});
  await module.evaluate();
  // Now, Object.prototype.secret will be equal to 42.
  console.log(Object.prototype.secret);
  delete Object.prototype.secret;

  // The fix the docs give: an object of the context.
  const fixed = new vm.SourceTextModule(
    'Object.getPrototypeOf(import.meta.prop).secret = secret;',
    {
      context: contextifiedObject,
      initializeImportMeta(meta) {
        meta.prop = vm.runInContext('({})', contextifiedObject);
      },
    });
  await fixed.link(() => {});
  await fixed.evaluate();
  console.log(Object.prototype.secret, vm.runInContext('Object.prototype.secret', contextifiedObject));
})();
