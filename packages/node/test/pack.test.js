// `npm pack` gives a tarball that installs into a fresh project, whose
// typings compile the quickstart and whose code runs it.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brokers, checkQuickstartOutput } from './helpers.js'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const quickstart = fileURLToPath(new URL('../../../examples/quickstart.ts', import.meta.url))
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const nodeTypes = join(packageDir, 'node_modules', '@types')

test('the packed tarball installs into a fresh project and runs the quickstart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferrokafka-pack-'))
  try {
    const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' })
    npm(['pack', '--pack-destination', dir], packageDir)
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))
    assert.ok(tarball, 'npm pack wrote a tarball')
    const app = join(dir, 'app')
    execFileSync('mkdir', [app])
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }))
    npm(['install', join(dir, tarball)], app)
    copyFileSync(quickstart, join(app, 'quickstart.ts'))
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, typeRoots: [nodeTypes], types: ['node'] },
      files: ['quickstart.ts'],
    }))
    execFileSync(process.execPath, [tsc, '-p', app], { encoding: 'utf8' })
    const output = execFileSync(process.execPath, [join(app, 'quickstart.js'), brokers().join(',')], { cwd: app, encoding: 'utf8', timeout: 180_000 })
    checkQuickstartOutput(output)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
