// The published package's shape, as npm packed it: its files, its entries under every resolution mode.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { check, command, packedTarball } from '../scripts/lib/check.mjs'
import { consumerDir, root } from '../scripts/lib/consumer.mjs'
import { createProgramOf, packedFiles, programDir } from '../scripts/lib/programs.mjs'
import ts from 'typescript'

const packed = packedTarball()

/** Global names a program that imports /module has and the same program without the import lacks (programs/module-globals). */
function moduleGlobals() {
  const globalsOf = source => {
    const file = join(programDir('module-globals'), 'consumer.ts')
    writeFileSync(file, source)
    const program = createProgramOf('module-globals')
    const flags = ts.SymbolFlags.Value | ts.SymbolFlags.Type | ts.SymbolFlags.Namespace
    return new Set(program.getTypeChecker().getSymbolsInScope(program.getSourceFile(file).endOfFileToken, flags).map(symbol => symbol.name))
  }
  const without = globalsOf('export {}\n')
  const withModule = globalsOf("import type { UploadTask, UploadTaskPromise } from 'taro-upload-task-types/module'\nexport declare const task: UploadTask | UploadTaskPromise\n")
  return [...withModule].filter(name => !without.has(name) && !['UploadTask', 'UploadTaskPromise', 'task'].includes(name))
}

check('package shape: the tarball holds exactly the files listed; taro-upload-task-types/package.json resolves; /module adds no global name (compiler API)', () => {
  const problems = []
  const files = packed.files.map(file => file.path).sort()
  if (files.join() !== packedFiles.join()) problems.push(`the tarball holds ${files.join(', ')}; expected ${packedFiles.join(', ')}`)
  try {
    createRequire(join(consumerDir, 'package.json')).resolve('taro-upload-task-types/package.json')
  } catch (error) {
    problems.push(`taro-upload-task-types/package.json does not resolve: ${error.message}`)
  }
  problems.push(...moduleGlobals().map(name => `/module declares the global name ${name}`))
  return problems
})

check('publint --strict, on the packed tarball', async () => {
  const bytes = readFileSync(packed.tarball)
  const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const { messages, pkg } = await publint({ pkgDir: 'package', pack: { tarball }, strict: true }) // npm packs into package/
  return messages.map(message => `${message.type}: ${formatMessage(message, pkg)}`)
})

check('attw, on the packed tarball: every entry resolves under node10, node16 (CJS and ESM) and bundler', () =>
  command(join(root, 'node_modules/.bin/attw'), [packed.tarball, '--format', 'table-flipped']))
