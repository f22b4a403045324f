// Loads the platform's native module built from bindings-node.
//
// The types come from the declarations napi-rs generates beside the module.
export type Native = typeof import('../native/index.js')

export const native: Native = require('../native/index.cjs')

export type NativeToken = import('../native/index.js').NativeToken
