// Loads the platform's native module built from bindings-node.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** The functions the native engine exports. */
export interface NativeBinding {
  engineVersion(): string
}

export const native: NativeBinding = require('../native/index.cjs')
