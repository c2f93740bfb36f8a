// The types a copy of the declarations gives, as text, to tell an equivalent mutant from one that
// changes something: the checker's own rendering of every export of `/module` and `/global`, of the
// runtime type for every cell the data has (the first release of every segment and every line, on
// every platform and the platform sets users build for), and of `Taro.uploadFile` and what it returns
// in a Taro program under no registration and under each registration the Register check compiles
// (scripts/lib/register-cases.mjs, right and wrong); plus every diagnostic. Two copies with the
// same fingerprint type every user's program alike. One host is shared by every fingerprint of a thread,
// so the files no mutant touches (TypeScript's libs, @tarojs/taro) are parsed once there.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { cacheDir, root } from './consumer.mjs'
import { platformSets } from './cells.mjs'
import { registerCases } from './register-cases.mjs'
import { lines, platforms } from '../../probe/lines.mjs'
import { segmentsOf } from '../../probe/declarations.mjs'
import { readData } from '../../probe/probe.mjs'

const work = join(cacheDir, 'fingerprint')
const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias | ts.TypeFormatFlags.WriteArrowStyleSignature

/** The programs' sources: what each one declares, so that its types can be read back by name. */
function sources(packageDir) {
  const { ranges } = readData()
  const versions = [...segmentsOf(ranges).map(segment => segment.first), ...lines]
  const sets = [...platforms.map(platform => [platform]), ...platformSets]
  const cells = versions.flatMap(version => sets.map(set => `UploadTaskPromise<'${version}', ${set.map(p => `'${p}'`).join(' | ')}>`))
  const module = [
    "import type * as M from 'taro-upload-task-types/module'",
    "import type { UploadTaskPromise, UploadResult } from 'taro-upload-task-types/module'",
    'export declare const exports: typeof M',
    ...['UploadTask', 'Platform', 'Support', "For<'weapp'>", "For<'h5'>", 'CallbackResult', 'UploadTask.OnProgressUpdateCallbackResult',
      'UploadTask.OnHeadersReceivedCallbackResult', 'UploadTask.OnProgressUpdateCallback', 'UploadTask.OffProgressUpdateCallback',
      'UploadTask.OnHeadersReceivedCallback', 'UploadTask.OffHeadersReceivedCallback'].map((name, index) => `export declare const documented${index}: M.${name}`),
    ...cells.flatMap((cell, index) => [`export declare const cell${index}: ${cell}`, `export declare const result${index}: ${cell.replace('UploadTaskPromise', 'UploadResult')}`]),
  ].join('\n')
  const global = packageDir => `/// <reference path="${join(packageDir, 'types/global.d.ts')}" />\nexport declare const task: Taro.UploadTask\nexport declare const support: Taro.UploadTask.Support\nexport declare const forH5: Taro.UploadTask.For<'h5'>`
  const rootUse = "import Taro from '@tarojs/taro'\nimport type {} from 'taro-upload-task-types'\nexport const upload = Taro.uploadFile({ url: 'u', filePath: 'f', name: 'file' })\nexport const uploadFile = Taro.uploadFile\nexport type On = import('taro-upload-task-types').UploadTaskOn<'weapp'>\nexport declare const on: On"
  const register = body => `import type {} from 'taro-upload-task-types'\ndeclare module 'taro-upload-task-types' {\n  interface Register { ${body} }\n}\n`
  return {
    module: { 'use.ts': module },
    global: { 'use.ts': global(packageDir) },
    'root-none': { 'use.ts': rootUse },
    'root-right': { 'use.ts': rootUse, 'register.d.ts': register("taro: '3.4.2'; platform: 'weapp' | 'h5'") },
    // Every registration the Register check compiles, right and wrong: each branch of the validation.
    ...Object.fromEntries(registerCases.map((c, index) => [`root-${index}`, { 'use.ts': rootUse, 'register.d.ts': register(c.register) }])),
  }
}

/** A type as text, with its properties and their types one level down (members of an interface are named, not expanded, by typeToString). */
function typeText(checker, type, node) {
  const head = checker.typeToString(type, node, flags)
  const members = checker.getPropertiesOfType(checker.getApparentType(type)).filter(symbol => !symbol.name.startsWith('__@'))
  if (members.length > 40) return head // a module namespace or Promise's own members: the names are enough
  return `${head} { ${members.map(symbol => `${symbol.name}${symbol.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, node), node, flags)}`).join('; ')} }`
}

/** Whether a property is declared readonly. */
export const isReadonly = symbol => (symbol.declarations ?? []).some(declaration => ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly)

/** Each exported symbol as declared: an interface's members, a type alias's body, a namespace's exports, a value's type. */
function declared(checker, symbols, prefix, depth = 0) {
  const out = []
  for (const exported of symbols) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const name = `${prefix} ${exported.name}`
    if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class)) {
      const type = checker.getDeclaredTypeOfSymbol(symbol)
      const members = checker.getPropertiesOfType(type).map(member => `${isReadonly(member) ? 'readonly ' : ''}${member.name}${member.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${checker.typeToString(checker.getTypeOfSymbol(member), undefined, flags)}`)
      const signatures = type.getCallSignatures().map(signature => checker.signatureToString(signature, undefined, flags))
      out.push(`${name} { ${[...signatures, ...members].join('; ')} }`)
    }
    if (symbol.flags & ts.SymbolFlags.TypeAlias) out.push(`${name} = ${checker.typeToString(checker.getDeclaredTypeOfSymbol(symbol), undefined, flags)}`)
    if (symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Function)) out.push(`${name}: ${checker.typeToString(checker.getTypeOfSymbol(symbol), undefined, flags)}`)
    if (symbol.flags & ts.SymbolFlags.Namespace && depth < 3) out.push(...declared(checker, checker.getExportsOfModule(symbol), name, depth + 1))
  }
  return out
}

let host
const oldPrograms = new Map()

/**
 * The programs' sources for a package folder, written beside it once: they read the data
 * and name the package's files, and neither changes while mutants of one package are told apart.
 */
const written = new Map()
function laidOut(packageDir) {
  if (!written.has(packageDir)) {
    const programs = sources(packageDir)
    for (const [name, files] of Object.entries(programs)) {
      const dir = programDirOf(packageDir, name)
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dir, { recursive: true })
      for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text)
    }
    written.set(packageDir, programs)
  }
  return written.get(packageDir)
}

/** The programs a change to one declaration file can change (the files each entry loads). */
export function programsFor(file) {
  const name = file.replace(/^types\//, '')
  if (name === 'upload-task.d.ts') return ['module', 'global']
  if (name === 'global.d.ts') return ['global']
  if (name === 'module.d.ts' || name === 'runtime-data-older.d.ts') return ['module']
  const roots = ['root-none', 'root-right', ...registerCases.map((c, index) => `root-${index}`)]
  if (name === 'index.d.ts') return roots
  return ['module', ...roots] // runtime.d.ts, runtime-data.d.ts, fetch-response.d.ts
}

/**
 * The fingerprint of the package whose types/ and package.json are in `packageDir` (of the programs
 * named, or all): one line per declared name of each program, then its diagnostics.
 */
export function fingerprint(packageDir, only) {
  host ??= ts.createCompilerHost({})
  const out = []
  for (const [name, files] of Object.entries(laidOut(packageDir)).filter(([name]) => !only || only.includes(name))) {
    const dir = programDirOf(packageDir, name)
    const options = {
      strict: true, noEmit: true, skipLibCheck: false, target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler, esModuleInterop: true, types: [], lib: ['lib.es2020.d.ts'],
      paths: {
        'taro-upload-task-types': [join(packageDir, 'types/index.d.ts')],
        'taro-upload-task-types/module': [join(packageDir, 'types/module.d.ts')],
        'taro-upload-task-types/global': [join(packageDir, 'types/global.d.ts')],
        '@tarojs/taro': [join(root, 'node_modules/@tarojs/taro/types/index.d.ts')],
      },
    }
    const program = ts.createProgram(Object.keys(files).map(file => join(dir, file)), options, host, oldPrograms.get(dir))
    oldPrograms.set(dir, program)
    const checker = program.getTypeChecker()
    const source = program.getSourceFile(join(dir, 'use.ts'))
    for (const statement of source.statements) {
      const declarations = ts.isVariableStatement(statement) ? statement.declarationList.declarations : []
      for (const declaration of declarations) out.push(`${name} ${declaration.name.text}: ${typeText(checker, checker.getTypeAtLocation(declaration.name), declaration.name)}`)
    }
    // Every declaration each entry exports, as declared (generic ones with their type parameters).
    const entry = { module: 'module.d.ts', global: 'global.d.ts' }[name] ?? 'index.d.ts'
    const entrySymbol = checker.getSymbolAtLocation(program.getSourceFile(join(packageDir, 'types', entry)) ?? source)
    if (entrySymbol) out.push(...declared(checker, checker.getExportsOfModule(entrySymbol), `${name} export`))
    // Diagnostics in the package's own files count too (Taro's own files report theirs with or without a mutant).
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      if (diagnostic.file && diagnostic.file.fileName.includes('@tarojs/')) continue
      out.push(`${name} TS${diagnostic.code} ${diagnostic.file ? diagnostic.file.fileName.replace(dir, '<program>').replace(packageDir, '<package>') : ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`)
    }
  }
  // Well-known symbols print with the checker's internal id (`__@toStringTag@180`), which differs between programs.
  return out.join('\n').replace(/(__@\w+)@\d+/g, '$1')
}

/** Where a program of a package copy's fingerprint is laid out: beside that copy, in a folder of its own. */
const programDirOf = (packageDir, name) => join(`${packageDir}-programs`, name)

/**
 * A scratch copy of the package (types/ and package.json) to apply mutants to; `slot` tells the copies
 * of mutants told apart at the same time apart (npm run mutate's jobs).
 */
export function scratchPackage(slot = 0) {
  const dir = join(work, `package-${slot}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync(join(root, 'types'), join(dir, 'types'), { recursive: true })
  writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')))
  return dir
}
