// node:tty's colour depth rules (WriteStream.prototype.getColorDepth and
// hasColors take the environment as an argument, so they run on a pipe too).
const tty = require('tty');
const depth = (env) => tty.WriteStream.prototype.getColorDepth.call(null, env);
const envs = [{}, { TMUX: '1' }, { TMUX: '', TERM: 'xterm' }, { CI: '1' }, { CI: '' },
  { CI: '', GITHUB_ACTIONS: '1' }, { GITHUB_ACTIONS: '1' },
  ...['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITEA_ACTIONS', 'GITHUB_ACTIONS', 'GITLAB_CI',
    'TRAVIS'].map((name) => ({ CI: 'true', [name]: '1' })),
  { CI: '1', CI_NAME: 'codeship' }, { CI: '1', TERM: 'xterm-256color' }, { CI: '1', TMUX: '1' },
  ...['xterm-kitty', 'xterm-ghostty', 'direct', 'vt220', 'vt100', 'wezterm', 'xterm-256color',
    'xterm-256', 'screen', 'screen-256color', 'dumb', 'ANSI', 'Xterm', 'con80x25', 'rxvt', 'linux',
    'x-color', 'xterm-truecolor', 'truecolor', 'putty', 'st', 'terminator', 'Eterm', 'mosh',
    'rxvt-unicode-24bit', 'alacritty', 'foot', 'cygwin', 'konsole'].map((TERM) => ({ TERM })),
  { TERM: 'dumb', FORCE_COLOR: '1' },
  ...['0', '1', '2', '3', '4', 'true', 'false', ''].map((FORCE_COLOR) => ({ FORCE_COLOR })),
  { NO_COLOR: '' }, { NO_COLOR: '1', TERM: 'xterm-256color' }, { NODE_DISABLE_COLORS: '1' },
  { COLORTERM: 'truecolor' }, { COLORTERM: '24bit' }, { COLORTERM: 'x' },
  { COLORTERM: 'truecolor', TERM: 'xterm-256color' },
  { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'HyperTerm' }, { TERM_PROGRAM: 'MacTerm' }, { TERM_PROGRAM: 'ghostty' },
  { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' }, { TEAMCITY_VERSION: '10.0' },
  { TEAMCITY_VERSION: '9.0.1' }, { CI: '1', TEAMCITY_VERSION: '9.1' }];
for (const env of envs) console.log(JSON.stringify(env), depth(env));

const has = tty.WriteStream.prototype.hasColors;
console.log(has.call(null, { FORCE_COLOR: '1' }), has.call(null, 256, { FORCE_COLOR: '2' }),
  has.call(null, 257, { FORCE_COLOR: '2' }), has.call(null, 2, {}), has.call(null, 3, {}),
  has.call(null, 2 ** 24, { COLORTERM: 'truecolor' }), has.call(null, {}));
for (const bad of [1, 'x', 2.5, -1, null]) {
  try { has.call(null, bad, {}); } catch (e) { console.log(e.name, e.code, e.message); }
}

// FORCE_COLOR with NO_COLOR or NODE_DISABLE_COLORS warns, once.
process.on('warning', (w) => console.log('warning:', w.name, w.message));
console.log(depth({ FORCE_COLOR: '1', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' }),
  depth({ FORCE_COLOR: '2', NO_COLOR: '1' }));
console.error = () => {};
