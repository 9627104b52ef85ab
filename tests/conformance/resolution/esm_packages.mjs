// import of packages: the import/node/default conditions, "type" fields,
// .mjs/.cjs, "main" without "exports", named imports from CommonJS
// modules (the names Node's lexer finds), import.meta.resolve and the
// errors of ES module resolution in Node's words.
import './fixtures/esm_packages.mjs';
