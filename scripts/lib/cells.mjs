// Holds the runtime types against the data, cell by cell: for the first release of every segment of
// data/runtime.json (releases within which no platform changes), for every line (the meet of its
// releases), on every platform and the platform sets users build for, it asks the TypeScript checker
// what `UploadTaskPromise<version, platforms>` (from the packed package) has, and compares each fact with
// what the data says the runtime does. A difference in either direction is a problem naming the case.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { lines, platforms } from '../../probe/lines.mjs'
import { segmentsOf, typedNever } from '../../probe/declarations.mjs'
import { eventOf, members } from '../../probe/table.mjs'
import { declaredTypeOf } from '../../probe/declarations.mjs'
import { createProgramOf, programDir } from './programs.mjs'

/** The platform sets checked besides every single platform. */
export const platformSets = [['weapp', 'h5'], ['weapp', 'alipay', 'tt', 'swan', 'qq', 'jd'], ['weapp', 'rn']]


/**
 * The ranges a version (a release, or a line: all of its releases) covers on the platforms of a set,
 * leaving out those the types make \`never\` (not published, or \`uploadFile\` itself throws).
 */
const rangesFor = (ranges, version, set) => ranges.filter(range => set.includes(range.platform)
  && (version === range.line || range.patches.includes(version)) && !typedNever(range))

/** What the data says the type must be, for a version and a set of platforms (every fact must hold on all). */
export function expectedFacts(ranges, version, set) {
  const entries = rangesFor(ranges, version, set)
  const works = (entry, name) => entry.members && entry.members[name].presence !== 'absent' && entry.members[name].result !== 'throws'
  const facts = { members: {}, unavailable: {}, progressFields: undefined, headerFields: undefined }
  for (const name of members) {
    const failing = [...new Set(entries.filter(entry => !works(entry, name)).map(entry => entry.platform))]
    if (failing.length > 0) {
      facts.unavailable[name] = failing.sort().join(' | ')
      continue
    }
    const all = entries.map(entry => entry.members[name])
    facts.members[name] = {
      returns: all.every(member => member.result === 'promise') ? 'promise' : 'void',
      ...('runsCallback' in all[0] ? { callback: all.every(member => member.runsCallback) } : {}),
      ...(all[0].noArgument ? { optional: all.every(member => member.noArgument.removesEvery) } : {}),
    }
  }
  // The fields every platform's listener receives, each with the union of the platforms' types.
  for (const kind of ['progress', 'header']) {
    const events = entries.map(entry => members.filter(name => eventOf(name) === kind && entry.members?.[name]?.listener?.calls > 0)
      .map(name => entry.members[name].listener.receives)[0])
    if (events.some(event => !event)) continue
    const keys = Object.keys(events[0]).filter(key => events.every(event => key in event)).sort()
    facts[`${kind}Fields`] = Object.fromEntries(keys.map(key => [key, [...new Set(events.map(event => declaredTypeOf[event[key]]))].sort().join(' | ')]))
  }
  // What awaiting gives: the union of the platforms' results, never where no platform returns at all.
  const results = new Set(entries.map(entry => {
    if (entry.resolves.settled !== 'resolved') return 'never' // it rejects: nothing to await
    if (entry.resolves.with === 'the fetch Response') return 'Response'
    return `{ ${Object.entries(entry.resolves.fields).map(([key, type]) => `${key}: ${declaredTypeOf[type]};`).join(' ')} }`
  }))
  if (results.size > 1) results.delete('never')
  facts.resolves = [...results].sort().join(' | ')
  return facts
}

/**
 * A signature's parameters as a caller sees them, { optional, type } each: a rest parameter whose type
 * is a tuple (how the runtime types write "a callback only where it runs") is spread into its elements.
 */
function callerParameters(checker, signature, node) {
  return signature.getParameters().flatMap(parameter => {
    const type = checker.getTypeOfSymbolAtLocation(parameter, node)
    const declaration = parameter.valueDeclaration
    if (declaration?.dotDotDotToken && checker.isTupleType(type)) {
      return checker.getTypeArguments(type).map((element, index) => ({ optional: index >= type.target.minLength, type: element }))
    }
    return [{ optional: Boolean(declaration?.questionToken), type }]
  })
}

/**
 * What the checker says the type is. A member whose \`this\` is NotAtRuntime<member, platforms, releases>
 * cannot be called: it is recorded under \`unavailable\` with the platforms its \`this\` names.
 */
function declaredFacts(checker, type, node) {
  const facts = { members: {}, unavailable: {}, progressFields: undefined, headerFields: undefined }
  const text = t => checker.typeToString(t, node, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope)
  const unionText = t => (t.isUnion() && !t.aliasSymbol ? t.types.map(text) : [text(t)]).sort().join(' | ')
  for (const name of members) {
    const property = type.getProperty(name)
    if (!property) continue
    const [signature, ...more] = checker.getTypeOfSymbolAtLocation(property, node).getCallSignatures()
    if (more.length > 0) throw new Error(`${name} has ${more.length + 1} signatures`)
    if (signature.thisParameter) {
      const self = checker.getTypeOfSymbolAtLocation(signature.thisParameter, node)
      const platforms = self.getProperty('platforms')
      const member = self.getProperty('member')
      const [named, where] = [member, platforms].map(field => field && unionText(checker.getTypeOfSymbolAtLocation(field, node)))
      facts.unavailable[name] = named === `"${name}"` ? where.replace(/"/g, '') : `a NotAtRuntime naming ${named}`
      continue
    }
    // "The promise" is the very type of the case, not another UploadTaskPromise (of another version or platforms).
    const returned = text(signature.getReturnType())
    const fact = { returns: returned === text(type) ? 'promise' : returned }
    const parameters = callerParameters(checker, signature, node)
    if (name === 'abort') fact.callback = parameters.length === 1
    if (name.startsWith('off')) fact.optional = parameters.length === 1 && parameters[0].optional
    facts.members[name] = fact
    if (name.startsWith('on') || name === 'progress' || name.startsWith('headers')) {
      const listener = parameters[0].type.getCallSignatures()[0]
      const result = checker.getTypeOfSymbolAtLocation(listener.getParameters()[0], node)
      const fields = Object.fromEntries(result.getProperties().map(field => [field.name, unionText(checker.getTypeOfSymbolAtLocation(field, node))]).sort())
      facts[`${eventOf(name)}Fields`] = fields
    }
  }
  return facts
}

/**
 * Checks every cell and every platform set; resolves to the problems (empty: the types are the data).
 * `program` is the test program whose cells.ts it writes: programs/cells reads the packed package, and
 * programs/cells-counterfactual a copy of it whose data is made up (see counterfactual.mjs). `sets` are
 * the platform sets checked besides every single platform.
 */
export function checkCells(ranges, program = 'cells', sets = platformSets) {
  const versions = [...segmentsOf(ranges).map(segment => segment.first), ...lines]
  const cases = versions.flatMap(line => [...platforms.map(platform => [platform]), ...sets].map(set => ({ line, set })))
    .filter(({ line, set }) => rangesFor(ranges, line, set).length > 0)
  const file = join(programDir(program), 'cells.ts')
  writeFileSync(file, [
    "import type { UploadTaskPromise, UploadResult } from 'taro-upload-task-types/module'",
    ...cases.map((c, index) => `export declare const case${index}: UploadTaskPromise<'${c.line}', ${c.set.map(p => `'${p}'`).join(' | ')}>\nexport declare const result${index}: UploadResult<'${c.line}', ${c.set.map(p => `'${p}'`).join(' | ')}>\nexport declare const awaited${index}: Awaited<typeof case${index}>`),
  ].join('\n'))
  const compiled = createProgramOf(program)
  const problems = ts.getPreEmitDiagnostics(compiled).map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
  const checker = compiled.getTypeChecker()
  const source = compiled.getSourceFile(file)
  const declared = new Map()
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    const declaration = statement.declarationList.declarations[0]
    declared.set(declaration.name.text, { type: checker.getTypeAtLocation(declaration.name), node: declaration.name })
  }
  cases.forEach(({ line, set }, index) => {
    const name = `${line} ${set.join(' | ')}`
    const { type, node } = declared.get(`case${index}`)
    const want = expectedFacts(ranges, line, set)
    const got = declaredFacts(checker, type, node)
    for (const member of new Set([...Object.keys(want.members), ...Object.keys(got.members)])) {
      const [w, g] = [want.members[member], got.members[member]]
      if (!w) problems.push(`${name}: the type has ${member}, which the runtime does not have or which throws`)
      else if (!g) problems.push(`${name}: the runtime has ${member}, the type does not`)
      else if (JSON.stringify(w) !== JSON.stringify(g)) problems.push(`${name}: ${member} is ${JSON.stringify(g)} in the type, ${JSON.stringify(w)} at runtime`)
    }
    for (const member of new Set([...Object.keys(want.unavailable), ...Object.keys(got.unavailable)])) {
      const [w, g] = [want.unavailable[member], got.unavailable[member]]
      if (w && g && w !== g) problems.push(`${name}: ${member} fails on ${w} at runtime; the type's NotAtRuntime says ${g}`)
      else if (w && !g && !got.members[member]) problems.push(`${name}: ${member} fails on ${w} at runtime; the type lacks it instead of naming where it fails`)
    }
    // Both the result type and what awaiting the upload itself gives (the promise's own type argument).
    for (const [declaration, what] of [[`result${index}`, 'UploadResult'], [`awaited${index}`, 'awaiting the upload']]) {
      const resolves = declared.get(declaration)
      const result = resolves.type.isUnion() && !resolves.type.aliasSymbol ? resolves.type.types : [resolves.type]
      const gotResolves = [...new Set(result.map(t => checker.typeToString(t, resolves.node, ts.TypeFormatFlags.NoTruncation)))].sort().join(' | ')
      if (gotResolves !== want.resolves) problems.push(`${name}: ${what} gives ${gotResolves} in the type, ${want.resolves} at runtime`)
    }
    for (const kind of ['progressFields', 'headerFields']) {
      if (got[kind] && JSON.stringify(got[kind]) !== JSON.stringify(want[kind])) {
        problems.push(`${name}: listeners receive ${JSON.stringify(got[kind])} in the type, ${JSON.stringify(want[kind])} at runtime`)
      }
    }
  })
  return { problems, cases: cases.length }
}
