// jsvm: util.parseArgs, with Node 26's tokens, strict-mode errors,
// defaults, `multiple`, short option groups and `allowNegative`.
// Body of a function (module, exports, internals, require).
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  makeNodeError, validateArray, validateBoolean, validateObject, validateString,
} = require('internal/errors');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const own = (o, k) => (hasOwn(o, k) ? o[k] : undefined);
// A property of an option's configuration, if the option is configured.
const setting = (options, name, key) => (hasOwn(options, name) ? own(options[name], key) : undefined);

const invalidValue = (message) =>
  makeNodeError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message);

function unknownOption(rawName, allowPositionals) {
  const hint = allowPositionals ? '. To specify a positional argument starting with a \'-\', ' +
    `place it at the end of the command after '--', as in '-- ${JSON.stringify(rawName)}` : '';
  return makeNodeError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    `Unknown option '${rawName}'${hint}`);
}

// The program's arguments: after the script, or after `-e CODE`.
function mainArgs() {
  const evaluating = process.execArgv.some((a) => /^(-e|--eval|-p|--print|-pe)(=|$)/.test(a));
  return process.argv.slice(evaluating ? 1 : 2);
}

function validateConfig(options) {
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = own(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      validateString(config.short, `options.${name}.short`);
      if (config.short.length !== 1) {
        throw ERR_INVALID_ARG_VALUE(`options.${name}.short`, config.short,
          'must be a single character');
      }
    }
    const multiple = own(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const dflt = own(config, 'default');
    if (dflt !== undefined) {
      const check = type === 'string' ? validateString : validateBoolean;
      if (multiple) {
        validateArray(dflt, `options.${name}.default`);
        dflt.forEach((v, i) => check(v, `options.${name}.default[${i}]`));
      } else {
        check(dflt, `options.${name}.default`);
      }
    }
  }
}

// Phase one: the arguments as tokens. A short option group (-abc) counts
// as one argument for the indexes.
function tokenize(args, options) {
  const longFor = (short) => {
    for (const [name, config] of Object.entries(options)) {
      if (own(config, 'short') === short) return name;
    }
    return short;
  };
  const takesValue = (name) => setting(options, name, 'type') === 'string';
  const tokens = [];
  const queue = [...args];
  let index = -1;
  let grouped = 0;
  while (queue.length > 0) {
    const arg = queue.shift();
    const next = queue[0];
    if (grouped > 0) grouped--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    const dash = arg.length >= 2 && arg[0] === '-';
    if (dash && arg[1] !== '-') {
      const name = longFor(arg[1]);
      if (arg.length === 2) {
        // -f, and its value from the next argument if it takes one.
        const token = { kind: 'option', name, rawName: arg, index, value: undefined,
          inlineValue: undefined };
        if (takesValue(name) && next !== undefined) {
          token.value = queue.shift();
          token.inlineValue = false;
        }
        tokens.push(token);
        if (token.value !== undefined) index++;
      } else if (takesValue(name)) {
        // -fVALUE
        tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2),
          inlineValue: true });
      } else {
        // -abc is -a -b -c; a short option that takes a value takes the rest.
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          if (takesValue(longFor(arg[i])) && i < arg.length - 1) {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
          expanded.push(`-${arg[i]}`);
        }
        queue.unshift(...expanded);
        grouped = expanded.length;
      }
      continue;
    }
    if (dash && arg.length > 2) {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) {
        const name = arg.slice(2);
        const token = { kind: 'option', name, rawName: arg, index, value: undefined,
          inlineValue: undefined };
        if (takesValue(name) && next !== undefined) {
          token.value = queue.shift();
          token.inlineValue = false;
        }
        tokens.push(token);
        if (token.value !== undefined) index++;
      } else {
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index,
          value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkStrict(token, options, allowPositionals, allowNegative) {
  let name = token.name;
  if (!hasOwn(options, name)) {
    const negated = allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || !hasOwn(options, negated) ||
        setting(options, negated, 'type') !== 'boolean') {
      throw unknownOption(token.rawName, allowPositionals);
    }
    name = negated;
  }
  const short = setting(options, name, 'short');
  const both = `${short ? `-${short}, ` : ''}--${name}`;
  const type = setting(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw invalidValue(`Option '${both} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw invalidValue(`Option '${both}' does not take an argument`);
  }
  // --foo -x: probably a forgotten value.
  if (!token.inlineValue && typeof token.value === 'string' && token.value.length > 1 &&
      token.value[0] === '-') {
    const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw invalidValue(`Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function parseArgs(config = {}) {
  const args = own(config, 'args') ?? mainArgs();
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const returnTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateConfig(options);

  const tokens = tokenize(args, options);
  const values = { __proto__: null };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw makeNodeError(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    if (strict) checkStrict(token, options, allowPositionals, allowNegative);
    let name = token.name;
    let value = token.value;
    if (name === '__proto__') continue;
    if (allowNegative && name.startsWith('no-') && value === undefined) {
      name = name.slice(3);
      token.name = name;
      value = false;
    }
    value ??= true;
    if (setting(options, name, 'multiple')) {
      if (values[name]) values[name].push(value);
      else values[name] = [value];
    } else {
      values[name] = value;
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const dflt = own(optionConfig, 'default');
    if (dflt !== undefined && values[name] === undefined && name !== '__proto__') {
      values[name] = dflt;
    }
  }
  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
