// Mutants generated from the code, not chosen by hand: every place in the published declarations' syntax
// tree (read with TypeScript's compiler API) where one of the rules below applies, and every export
// condition and `files` entry of package.json. Each mutant is one text edit of one file, with an id that
// says where and what: `runtime.d.ts:162 abort: return any`.
//
// The rules, per syntax node:
// - property (signature): made optional, made readonly, its type widened to `any`;
// - parameter: optional made required and required made optional; rest made plain and plain made rest;
// - return type of a method, function or function type: `void`, `any`, the promise (`UploadTaskPromise<L, P>`
//   where the declaration is one of its members, else `Promise<unknown>`);
// - conditional type: its branches swapped; its check inverted (`A extends B` → `B extends A`);
// - mapped type and `Pick`: keys widened (`[K in string]`, `Pick<T, keyof T>`);
// - `export`: removed;
// - package.json: each export condition removed, each `files` entry removed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { root } from './consumer.mjs'

/** The published declaration files written by hand (runtime-data.d.ts is generated from data/runtime.json). */
export const declarationFiles = ['upload-task.d.ts', 'runtime.d.ts', 'index.d.ts', 'global.d.ts', 'module.d.ts', 'fetch-response.d.ts']

/** The line of a position, 1-based. */
const lineOf = (source, position) => source.getLineAndCharacterOfPosition(position).line + 1

/** A readable name for the declaration a node belongs to (its nearest named ancestor). */
function nameOf(node) {
  for (let at = node; at; at = at.parent) {
    if (at.name && ts.isIdentifier(at.name)) return at.name.text
    if (at.name && ts.isStringLiteral(at.name)) return at.name.text
  }
  return '(anonymous)'
}

/** Whether a node lies inside the members of interface UploadTaskPromise (where "the promise" is its own type). */
function inUploadTaskPromise(node) {
  for (let at = node; at; at = at.parent) if (ts.isInterfaceDeclaration(at) && at.name.text === 'UploadTaskPromise') return true
  return false
}

/** The mutants of one declaration file. */
export function declarationMutants(file, text = readFileSync(join(root, 'types', file), 'utf8')) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const mutants = []
  const add = (node, rule, start, end, replacement) => mutants.push({
    id: `${file}:${lineOf(source, start)} ${nameOf(node)}: ${rule}`,
    file: `types/${file}`,
    start,
    end,
    replacement,
    type: true,
  })
  const at = node => node.getStart(source)
  const visit = node => {
    if (ts.isPropertySignature(node) && node.type) {
      if (!node.questionToken) add(node, 'optional', node.name.end, node.name.end, '?')
      if (!node.modifiers?.some(modifier => modifier.kind === ts.SyntaxKind.ReadonlyKeyword)) add(node, 'readonly', at(node), at(node), 'readonly ')
      if (node.type.kind !== ts.SyntaxKind.AnyKeyword) add(node, 'type any', at(node.type), node.type.end, 'any')
    }
    if (ts.isParameter(node) && ts.isIdentifier(node.name) && node.name.text !== 'this') {
      if (node.questionToken) add(node, `parameter ${node.name.text} required`, node.questionToken.pos, node.questionToken.end, '')
      else if (!node.dotDotDotToken && !node.initializer) add(node, `parameter ${node.name.text} optional`, node.name.end, node.name.end, '?')
      if (node.dotDotDotToken) add(node, `parameter ${node.name.text} not rest`, at(node.dotDotDotToken), node.dotDotDotToken.end, '')
      else add(node, `parameter ${node.name.text} rest`, at(node.name), at(node.name), '...')
    }
    if ((ts.isMethodSignature(node) || ts.isFunctionTypeNode(node) || ts.isFunctionDeclaration(node) || ts.isCallSignatureDeclaration(node)) && node.type) {
      const promise = inUploadTaskPromise(node) ? 'UploadTaskPromise<L, P>' : 'Promise<unknown>'
      for (const [rule, replacement] of [['return void', 'void'], ['return any', 'any'], ['return the promise', promise]]) {
        if (node.type.getText(source) !== replacement) add(node, rule, at(node.type), node.type.end, replacement)
      }
    }
    if (ts.isConditionalTypeNode(node)) {
      const [check, extendsType, whenTrue, whenFalse] = [node.checkType, node.extendsType, node.trueType, node.falseType].map(part => part.getText(source))
      add(node, 'conditional branches swapped', at(node), node.end, `${check} extends ${extendsType} ? ${whenFalse} : ${whenTrue}`)
      // The inverted check cannot name an `infer` type outside an extends clause: only where there is none.
      if (!/\binfer\b/.test(extendsType)) add(node, 'conditional check inverted', at(node), node.end, `${extendsType} extends ${check} ? ${whenTrue} : ${whenFalse}`)
    }
    if (ts.isMappedTypeNode(node) && node.typeParameter.constraint) {
      add(node, 'mapped keys widened', at(node.typeParameter.constraint), node.typeParameter.constraint.end, 'string')
    }
    if (ts.isTypeReferenceNode(node) && node.typeName.getText(source) === 'Pick' && node.typeArguments?.length === 2) {
      const [picked, keys] = node.typeArguments
      add(node, 'Pick keys widened', at(keys), keys.end, `keyof ${picked.getText(source)}`)
    }
    const exported = ts.canHaveModifiers(node) ? ts.getModifiers(node)?.find(modifier => modifier.kind === ts.SyntaxKind.ExportKeyword) : undefined
    if (exported && !ts.isModuleDeclaration(node.parent?.parent ?? node)) add(node, 'export removed', at(exported), exported.end + 1, '')
    if (ts.isExportDeclaration(node)) add(node, 'export removed', at(node), node.end, '')
    ts.forEachChild(node, visit)
  }
  visit(source)
  return mutants
}

/** The mutants of package.json: each export condition removed, each `files` entry removed. */
export function packageMutants(text = readFileSync(join(root, 'package.json'), 'utf8')) {
  const manifest = JSON.parse(text)
  const mutants = []
  const rewrite = (id, change) => {
    const copy = JSON.parse(text)
    change(copy)
    mutants.push({ id: `package.json ${id}`, file: 'package.json', start: 0, end: text.length, replacement: `${JSON.stringify(copy, null, 2)}\n`, type: false })
  }
  for (const [entry, conditions] of Object.entries(manifest.exports)) {
    if (typeof conditions !== 'object') {
      rewrite(`exports ${entry} removed`, copy => { delete copy.exports[entry] })
      continue
    }
    for (const condition of Object.keys(conditions)) rewrite(`exports ${entry} condition ${condition} removed`, copy => { delete copy.exports[entry][condition] })
  }
  for (const [index, entry] of manifest.files.entries()) rewrite(`files entry ${entry} removed`, copy => { copy.files.splice(index, 1) })
  return mutants
}

/** A mutant's id without its line number (`index.d.ts platform: readonly`), which edits above it do not change. */
export const placeOf = mutant => mutant.id.replace(/^([^:]+):\d+ /, '$1 ')

/** Why removing a file's closing `export {}` changes nothing, where every declaration of the file is marked `export`. */
const closingExport = "the closing `export {}` only keeps the declarations not marked `export` private, and every declaration of the file is marked: the exports are the same without it (it guards against a second mistake, a dropped `export`, which each declaration's own 'export removed' mutant makes)"

/** Why a field of the pattern that reads `Register` may be readonly. */
const readonlyField = (field, variable) => `\`Register extends { readonly ${field}: infer ${variable} }\` infers what \`{ ${field}: infer ${variable} }\` does: readonly does not change assignability`

/** Why a property of the pattern that finds the DOM lib's `Response` may be readonly. */
const readonlyPattern = 'readonly changes neither whether `globalThis` is assignable to the pattern nor what R is inferred'

/**
 * Why a generated mutant is equivalent (the fingerprint finds its types the same as the package's for every
 * cell and every export), for each one `npm run mutate` has found: it reports an equivalent mutant with no
 * reason here as one to explain, or to kill with a test.
 */
export const equivalentBecause = {
  'index.d.ts platform: readonly': readonlyField('platform', 'P'),
  'fetch-response.d.ts prototype: optional': 'inferring from an optional `prototype?: infer R` against the required `Response.prototype` gives the same R',
  'upload-task.d.ts (anonymous): export removed': closingExport,
  'fetch-response.d.ts (anonymous): export removed': closingExport,
  'index.d.ts NotAVersion: conditional check inverted #2': '`IsVersion<T>` is `true` or `false` for each member of T (NotAVersion distributes over T, and `any` gives `false`), and `true extends X` holds exactly where `X extends true` does for either',
  'index.d.ts taro: readonly': readonlyField('taro', 'T'),
  'fetch-response.d.ts Response: readonly': readonlyPattern,
  'fetch-response.d.ts prototype: readonly': readonlyPattern,
  'runtime.d.ts (anonymous): export removed': 'the closing `export {}`: the file has other export declarations (`export type { NewestLine }`, the re-export of fetch-response.d.ts), which already keep its unmarked declarations private: the exports are the same without the closing `export {}`',
  'fetch-response.d.ts Response: optional': '`{ Response?: { prototype: infer R } }` has only optional properties, so a `globalThis` without `Response` (no DOM lib) shares none of them and is not assignable to it (weak type detection): the same branch as with the property required, and the same R where it is there',
}

/**
 * Every generated mutant, declarations first, in file order. Where one line holds several mutants of one
 * rule and declaration (nested conditional types), their ids end in ` #1`, ` #2`, … in the order of the
 * text, so that each id names one mutant.
 */
export function generatedMutants() {
  const all = [...declarationFiles.flatMap(file => declarationMutants(file)), ...packageMutants()]
  const total = new Map()
  for (const mutant of all) total.set(mutant.id, (total.get(mutant.id) ?? 0) + 1)
  const seen = new Map()
  return all.map(mutant => {
    if (total.get(mutant.id) === 1) return mutant
    seen.set(mutant.id, (seen.get(mutant.id) ?? 0) + 1)
    return { ...mutant, id: `${mutant.id} #${seen.get(mutant.id)}` }
  })
}

/** Applies a mutant to the text of its file. */
export const applyMutant = (mutant, text) => `${text.slice(0, mutant.start)}${mutant.replacement}${text.slice(mutant.end)}`
