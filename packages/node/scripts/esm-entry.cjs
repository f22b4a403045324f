// Writes the ESM entry point beside the CommonJS build: `dist/esm/index.js`
// re-exports the CommonJS module's exports by name, so `import` and
// `require` share one copy of every class (instanceof works across both).
const { mkdirSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')

const dist = join(__dirname, '..', 'dist')
mkdirSync(join(dist, 'esm'), { recursive: true })
writeFileSync(join(dist, 'package.json'), '{ "type": "commonjs" }\n')
writeFileSync(join(dist, 'esm', 'package.json'), '{ "type": "module" }\n')
const names = Object.keys(require(join(dist, 'index.js'))).filter((n) => n !== 'default' && n !== '__esModule')
writeFileSync(
  join(dist, 'esm', 'index.js'),
  `import cjs from '../index.js'\nexport const { ${names.join(', ')} } = cjs\nexport default cjs\n`,
)
writeFileSync(join(dist, 'esm', 'index.d.ts'), "export * from '../index.js'\n")
