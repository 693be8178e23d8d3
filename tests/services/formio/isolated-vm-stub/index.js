'use strict';
// isolated-vm is a native addon (built by an install script, which the vendor checks do not
// run). @formio/vm requires it at load time but only uses it to evaluate form scripts; any
// use here fails loudly instead of pretending to work.
module.exports = {
  get Isolate() {
    throw new Error('isolated-vm is stubbed in the vendor check (tests/services/README.md)');
  },
  get Callback() {
    throw new Error('isolated-vm is stubbed in the vendor check (tests/services/README.md)');
  },
};
