import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { engineVersion } from '../dist/index.js'

test('the native engine loads and reports the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)))
  assert.equal(engineVersion(), pkg.version)
})
