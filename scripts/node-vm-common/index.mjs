// The ES module face of jsvm's stand-in for Node's test/common (index.js).
import common from './index.js';

export const {
  isWindows, isASan, isLinux, mustCall, mustCallAtLeast, mustNotCall,
  mustSucceed, expectsError, expectWarning, allowGlobals, skip,
  platformTimeout, invalidArgTypeHelper, getArrayBufferViews,
} = common;
export default common;
