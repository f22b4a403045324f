// examples/quickstart.ts compiles against the package's typings and runs
// against the test broker: the demo `make demo` runs is the one tested here.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { brokers, checkQuickstartOutput } from './helpers.js'

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const project = fileURLToPath(new URL('../../../examples/tsconfig.json', import.meta.url))
const compiled = fileURLToPath(new URL('../build/examples/quickstart.js', import.meta.url))

test('the quickstart compiles and sends and receives its three orders', () => {
  execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' })
  const output = execFileSync(process.execPath, [compiled, brokers().join(',')], { encoding: 'utf8', timeout: 180_000 })
  checkQuickstartOutput(output)
})
