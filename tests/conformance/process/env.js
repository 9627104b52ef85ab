// process.env: the environment as strings.
console.log(process.env.TZ, process.env.NO_COLOR, typeof process.env.PATH);
console.log(process.env.SURELY_NOT_SET_ANYWHERE);
process.env.JSVM_TEST_VAR = 'value';
console.log(process.env.JSVM_TEST_VAR);
delete process.env.JSVM_TEST_VAR;
console.log('JSVM_TEST_VAR' in process.env);
