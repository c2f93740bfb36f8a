// What each mini-program platform's own upload task is, as its vendor describes it: the fake platforms
// the probe runs Taro's code against are built from data/platforms.json, and this file holds that file
// against the vendors' published typings. The typings are read with TypeScript's compiler API:
// `uploadFile`'s signature, the task it returns (its methods and their parameters), the progress and
// header events its listeners receive, and the success result. Platforms without a typings package
// (swan, qq, jd) are written down by hand in data/platforms.json from the pages it names.
//   node probe/vendors.mjs           print what the typings say and how it differs from the file
//   node probe/vendors.mjs --write   rewrite the typings-backed platforms of data/platforms.json
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { root } from '../scripts/lib/consumer.mjs'
import { miniGlobals } from './lines.mjs'

export const platformsFile = join(root, 'data/platforms.json')

/** The committed description of every mini-program platform. */
export const readPlatforms = () => JSON.parse(readFileSync(platformsFile, 'utf8'))

/**
 * The typings each vendor publishes, and the type of its `uploadFile` in them, written as a TypeScript
 * type (`file` is the declaration file to load, relative to the package).
 */
export const typings = {
  weapp: { package: 'miniprogram-api-typings', file: 'index.d.ts', uploadFile: "WechatMiniprogram.Wx['uploadFile']" },
  alipay: { package: '@mini-types/my', file: 'types/index.d.ts', uploadFile: 'typeof my.uploadFile' },
  tt: { package: '@douyin-microapp/typings', file: 'api/upload-file.d.ts', uploadFile: "typeof import('./api/upload-file').uploadFile" },
}

const packageDirOf = name => join(root, 'node_modules', name)

/** A field's type as the fakes deliver it: number, string, boolean, or object (a header map). */
function fieldType(checker, type) {
  const flags = type.getNonNullableType().flags
  if (flags & ts.TypeFlags.NumberLike) return 'number'
  if (flags & ts.TypeFlags.StringLike) return 'string'
  if (flags & ts.TypeFlags.BooleanLike) return 'boolean'
  return 'object'
}

/**
 * The fields of an object type, { name: type }, sorted. A field the vendor documents as needing a newer
 * client (WeChat's "需要基础库" on `profile`) is listed under `newerClientsOnly` instead: older clients do
 * not deliver it, so the fake leaves it out.
 */
function fieldsOf(checker, type) {
  const fields = {}
  const newer = {}
  for (const property of type.getProperties().sort((a, b) => a.name.localeCompare(b.name))) {
    const docs = ts.displayPartsToString(property.getDocumentationComment(checker))
    const target = /需要基础库/.test(docs) ? newer : fields
    target[property.name] = fieldType(checker, checker.getTypeOfSymbol(property))
  }
  return Object.keys(newer).length > 0 ? { fields, newerClientsOnly: newer } : { fields }
}

/** The type of the first parameter of a function type's first signature (a listener's event, a callback's result). */
function firstParameter(checker, type) {
  const [signature] = type.getNonNullableType().getCallSignatures()
  const [parameter] = signature?.getParameters() ?? []
  return parameter && checker.getTypeOfSymbol(parameter)
}

/** What the typings in a package folder say of `uploadFile` on one platform. */
export function readTypings(platform, packageDir = packageDirOf(typings[platform].package)) {
  const { file, uploadFile } = typings[platform]
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  const work = mkdtempSync(join(tmpdir(), 'vendor-typings-'))
  const probe = join(packageDir, `.probe-${process.pid}-${platform}.ts`)
  try {
    writeFileSync(probe, `/// <reference path="./${file}" />\nexport type UploadFile = ${uploadFile}\n`)
    const program = ts.createProgram([probe], { strict: true, noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, outDir: work })
    const checker = program.getTypeChecker()
    const alias = program.getSourceFile(probe).statements.find(ts.isTypeAliasDeclaration)
    const [signature] = checker.getTypeAtLocation(alias.name).getCallSignatures()
    if (!signature) throw new Error(`${manifest.name} ${manifest.version}: ${uploadFile} is not a function`)
    const option = checker.getTypeOfSymbol(signature.getParameters()[0])
    const optionType = option.isTypeParameter() ? checker.getBaseConstraintOfType(option) : option
    const returned = signature.getReturnType()
    const promiseMembers = new Set(['then', 'catch', 'finally'])
    const task = {}
    for (const property of returned.getProperties().sort((a, b) => a.name.localeCompare(b.name))) {
      if (promiseMembers.has(property.name) || property.name.startsWith('__@')) continue
      const [method] = checker.getTypeOfSymbol(property).getCallSignatures()
      if (!method) continue
      task[property.name] = {
        parameters: method.getParameters().map(parameter => ({
          name: parameter.name,
          optional: Boolean(parameter.valueDeclaration?.questionToken || parameter.valueDeclaration?.initializer),
        })),
      }
    }
    // A listener method's first parameter is the listener; the listener's first parameter is the event.
    const event = name => (task[name] ? fieldsOf(checker, firstParameter(checker, firstParameter(checker, checker.getTypeOfSymbol(returned.getProperty(name))))) : undefined)
    const success = optionType.getProperty('success')
    return {
      source: { typings: manifest.name, version: manifest.version, read: uploadFile },
      task,
      progressEvent: event('onProgressUpdate'),
      headerEvent: event('onHeadersReceived'),
      success: success ? fieldsOf(checker, firstParameter(checker, checker.getTypeOfSymbol(success))) : undefined,
    }
  } finally {
    rmSync(probe, { force: true })
    rmSync(work, { recursive: true, force: true })
  }
}

/** The parts of a platform's description, in the order a difference is reported. */
const parts = ['source', 'task', 'progressEvent', 'headerEvent', 'success']

/** Each difference between the committed description of a platform and what its typings say, in words. */
export function typingsDifferences(platform, committed, read) {
  const problems = []
  const name = `${read.source.typings} ${read.source.version}`
  for (const part of parts) {
    const [had, has] = [committed?.[part], read[part]]
    if (JSON.stringify(had) === JSON.stringify(has)) continue
    if (part === 'source') {
      problems.push(`${platform}: data/platforms.json was read from ${had?.typings} ${had?.version}; the installed typings are ${name}`)
    } else if (part === 'task') {
      for (const method of new Set([...Object.keys(had ?? {}), ...Object.keys(has ?? {})])) {
        if (!has?.[method]) problems.push(`${platform} task: ${name} has no ${method}; data/platforms.json has it`)
        else if (!had?.[method]) problems.push(`${platform} task: ${name} adds ${method}(${has[method].parameters.map(p => p.name).join(', ')})`)
        else if (JSON.stringify(had[method]) !== JSON.stringify(has[method])) problems.push(`${platform} task: ${name} changes ${method}'s parameters to ${JSON.stringify(has[method].parameters)}`)
      }
    } else {
      const [a, b] = [{ ...had?.fields, ...had?.newerClientsOnly }, { ...has?.fields, ...has?.newerClientsOnly }]
      for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!(field in b)) problems.push(`${platform} ${part}: ${name} has no ${field}; data/platforms.json has it`)
        else if (!(field in a)) problems.push(`${platform} ${part}: ${name} adds ${field} (${b[field]})`)
        else if (a[field] !== b[field]) problems.push(`${platform} ${part}: ${name} makes ${field} ${b[field]}, data/platforms.json says ${a[field]}`)
      }
      if (JSON.stringify(had?.newerClientsOnly) !== JSON.stringify(has?.newerClientsOnly) && problems.length === 0) {
        problems.push(`${platform} ${part}: ${name} marks ${JSON.stringify(has?.newerClientsOnly ?? {})} as needing a newer client`)
      }
    }
  }
  return problems
}

/** Every difference between data/platforms.json and the installed typings. */
export function vendorDifferences(committed = readPlatforms()) {
  return Object.keys(typings).flatMap(platform => typingsDifferences(platform, committed.platforms[platform], readTypings(platform)))
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  const committed = readPlatforms()
  if (process.argv.includes('--write')) {
    for (const platform of Object.keys(typings)) committed.platforms[platform] = readTypings(platform)
    // In Taro's order of the mini-program platforms.
    committed.platforms = Object.fromEntries(Object.keys(miniGlobals).filter(platform => committed.platforms[platform]).map(platform => [platform, committed.platforms[platform]]))
    writeFileSync(platformsFile, `${JSON.stringify(committed, null, 1)}\n`)
    console.log(`wrote ${Object.keys(typings).join(', ')} into data/platforms.json`)
  } else {
    for (const platform of Object.keys(typings)) console.log(platform, JSON.stringify(readTypings(platform), null, 1))
    const problems = vendorDifferences(committed)
    for (const problem of problems) console.log(`DIFF ${problem}`)
    process.exitCode = problems.length === 0 ? 0 : 1
  }
}
