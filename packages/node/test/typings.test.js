// The published typings reject wrongly typed sends and handlers: tsc must
// compile test/types/typed-topics.ts, whose @ts-expect-error lines fail to
// compile only if the types are right.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

test('tsc --noEmit accepts typed-topics.ts, @ts-expect-error lines included', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  const project = fileURLToPath(new URL('./types/tsconfig.json', import.meta.url))
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], { encoding: 'utf8' })
  assert.equal(result.status, 0, result.stdout + result.stderr)
})
