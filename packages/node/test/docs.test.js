// The example in docs/node.md is examples/quickstart.ts, which
// quickstart.test.js compiles and runs.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'

test('the code in docs/node.md is the tested quickstart, verbatim', () => {
  const doc = readFileSync(new URL('../../../docs/node.md', import.meta.url), 'utf8')
  const quickstart = readFileSync(new URL('../../../examples/quickstart.ts', import.meta.url), 'utf8')
  const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1])
  assert.deepEqual(blocks, [quickstart])
})
