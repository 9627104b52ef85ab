// With displayErrors: false vm leaves the stack alone, and the CLI shows
// where the error was thrown, in the vm code.
const vm = require('node:vm');
vm.runInThisContext('\n\n   throw new Error("quiet");', { filename: 'quiet.js', displayErrors: false });
