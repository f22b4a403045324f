import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as esm from 'ferrokafka'

test('the native engine loads and reports the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)))
  assert.equal(esm.engineVersion(), pkg.version)
})

test('require() and import give the same classes, so instanceof works across both', () => {
  const cjs = createRequire(import.meta.url)('ferrokafka')
  assert.equal(cjs.KafkaError, esm.KafkaError)
  assert.equal(cjs.Kafka, esm.Kafka)
  assert.ok(new cjs.ConfigError('x', 'y') instanceof esm.KafkaError)
})
