// The runtime data (data/runtime.json, written by `npm run probe`) and the runtime types held against it.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import ts from 'typescript'
import { join } from 'node:path'
import { check, keptWhilePassing } from '../scripts/lib/check.mjs'
import { checkCells, platformSets } from '../scripts/lib/cells.mjs'
import { consumerDir, installedTarball, publishedTypes, root } from '../scripts/lib/consumer.mjs'
import { counterfactualLine, counterfactualRanges, counterfactualSets, coverageOf } from '../scripts/lib/counterfactual.mjs'
import { checkPrograms } from '../scripts/lib/expect-errors.mjs'
import { createProgramOf, programDir } from '../scripts/lib/programs.mjs'
import { projectTsc } from '../scripts/lib/typescript.mjs'
import { isReadonly } from '../scripts/lib/fingerprint.mjs'
import { declarationsUpToDate, renderDeclarations } from '../probe/declarations.mjs'
import { lines, platforms } from '../probe/lines.mjs'
import { readData } from '../probe/probe.mjs'
import { members, readmeTable, renderTable } from '../probe/table.mjs'
import { coverage } from '../probe/ranges.mjs'
import { readPatches, releasesOf } from '../probe/versions.mjs'

const { ranges } = readData()

check(`runtime data: on each of ${platforms.length} platforms, every published release of the ${lines.length} lines (data/versions.json) is in exactly one range of data/runtime.json, observed or explained, its ends with their packages and integrities; each range says where its facts come from; README's table, types/runtime-data.d.ts and types/runtime-data-older.d.ts are generated from it`, () => {
  const problems = coverage(ranges, releasesOf(readPatches()))
  for (const range of ranges) {
    const where = `${range.first.version}–${range.last.version} ${range.platform}`
    if (!range.published && !range.missing) problems.push(`${where}: not executed, and no reason given`)
    else if (range.published && !range.members && !range.uploadFileThrows) problems.push(`${where}: executed, but nothing observed`)
    else if (range.published && ![range.first, range.last].every(end => end.packages?.every(spec => /^sha512-/.test(spec.integrity)))) problems.push(`${where}: an end without its packages and integrities`)
    else if (range.members && (!range.provenance || members.some(name => !['taro', 'platform'].includes(range.provenance.members[name])))) problems.push(`${where}: a member without its provenance`)
  }
  if (readmeTable(readFileSync(join(root, 'README.md'), 'utf8')) !== renderTable(ranges).join('\n')) problems.push('README\'s runtime table differs from data/runtime.json: run npm run probe')
  if (!declarationsUpToDate(ranges)) problems.push('types/runtime-data.d.ts and types/runtime-data-older.d.ts are not what data/runtime.json gives: run npm run probe')
  return problems
})

/**
 * What a cells check's kept pass depends on (see keptWhilePassing): the tarball, the compiler, the data,
 * the code that checks and renders it, and the program's tsconfig; plus `more` files of its own.
 */
const cellsInputs = (program, ...more) => [`tarball ${installedTarball(consumerDir)}`, `typescript ${ts.version}`, ...['data/runtime.json', 'scripts/lib/cells.mjs',
  'probe/declarations.mjs', 'probe/lines.mjs', 'probe/table.mjs', `programs/${program}/tsconfig.json`, ...more].map(file => join(root, file))]

check(`runtime types (programs/cells): UploadTaskPromise equals the data for the first release of every segment and for every line, on every platform and on ${platformSets.map(set => set.join(' | ')).join('; ')}: members, what each returns, abort's callback, off() with no argument, listener fields, what await gives`, async () => {
  return keptWhilePassing('cells', cellsInputs('cells'), () => {
    const { problems, cases } = checkCells(ranges)
    return { problems, note: `${cases} cases` }
  })
})

/**
 * Writes, in a program's folder, the package its tsconfig maps `taro-upload-task-types/module` to: the packed
 * runtime types beside the declarations of the made-up data. Returns that data.
 */
function layOutMadeUpPackage(program) {
  const madeUp = counterfactualRanges(ranges)
  const types = join(programDir(program), 'package/types')
  mkdirSync(types, { recursive: true })
  for (const file of ['module.d.ts', 'upload-task.d.ts', 'runtime.d.ts', 'fetch-response.d.ts']) cpSync(join(publishedTypes, file), join(types, file))
  for (const [file, text] of Object.entries(renderDeclarations(madeUp))) writeFileSync(join(types, file), text)
  return madeUp
}

check(`runtime types on made-up data (programs/cells-counterfactual): with the ${counterfactualLine} line's facts rewritten so that each member works and fails, returns the promise and undefined, abort runs its callback or not, off() with no argument removes every listener or not, and no two members have the same facts, the packed runtime.d.ts beside the data's generated declarations equals that data too, cell by cell, on every platform and every pair of them`, async () => {
  return keptWhilePassing('cells-counterfactual', cellsInputs('cells-counterfactual', 'scripts/lib/counterfactual.mjs'), () => {
    const madeUp = layOutMadeUpPackage('cells-counterfactual')
    const { problems, cases } = checkCells(madeUp.filter(range => range.line === counterfactualLine), 'cells-counterfactual', counterfactualSets)
    return { problems: [...coverageOf(madeUp).map(problem => `the made-up data does not cover what it should: ${problem}`), ...problems], note: `${cases} cases` }
  })
})

check(`made-up data, expectations written by hand (programs/made-up, test-d/made-up.test-d.ts): on the same made-up ${counterfactualLine} line, a member chains where its facts say it returns the promise and gives void where they say undefined, on one platform and on two; abort takes a callback and off() no argument only where the facts say; a member absent on a platform is an error there`, async () => {
  return keptWhilePassing('made-up', cellsInputs('made-up', 'scripts/lib/counterfactual.mjs', 'test-d/made-up.test-d.ts', 'scripts/lib/expect-errors.mjs', 'scripts/lib/tsc-api.cjs', 'scripts/lib/program-host.cjs'), async () => {
    layOutMadeUpPackage('made-up')
    return (await checkPrograms([programDir('made-up')], projectTsc)).problems
  })
})

check('runtime data: provenance says whose doing a fact is: a header method missing on Douyin 3.6.40 is the platform\'s (Taro copies the task\'s methods, and Douyin\'s task has none), on Douyin 2.1.6 Taro\'s (WeChat lacks it there too); Alipay\'s progress event is the platform\'s, H5\'s is Taro\'s', () => {
  const at = (version, platform) => ranges.find(range => range.platform === platform && range.patches.includes(version))
  const expected = [
    ['3.6.40', 'tt', p => p.members.onHeadersReceived, 'platform'],
    ['2.1.6', 'tt', p => p.members.onHeadersReceived, 'taro'],
    ['3.6.40', 'alipay', p => p.progressEvent, 'platform'],
    ['3.6.40', 'h5', p => p.progressEvent, 'taro'],
    ['3.6.40', 'weapp', p => p.members.progress, 'platform'], // it calls the task's onProgressUpdate
  ]
  return expected.flatMap(([version, platform, fact, want]) => {
    const said = fact(at(version, platform).provenance)
    return said === want ? [] : [`${version} ${platform}: provenance ${said}, expected ${want}`]
  })
})

/** A fetch-response program (with or without the DOM lib) and its test-d/fetch-response.ts, created once for both checks below. */
const fetchResponsePrograms = new Map()
function fetchResponseProgram(name) {
  if (!fetchResponsePrograms.has(name)) {
    const program = createProgramOf(name)
    fetchResponsePrograms.set(name, { program, source: program.getSourceFiles().find(file => file.fileName.endsWith('test-d/fetch-response.ts')) })
  }
  return fetchResponsePrograms.get(name)
}

check('runtime types: React Native\'s result without the DOM lib (programs/fetch-response-no-dom) is the fallback FetchResponseMembers, and each of its members has the type, and the readonly, of the DOM lib\'s Response (programs/fetch-response-dom)', () => {
  /** The members of `result`'s type in a program, as { name: 'readonly? type' }, and the type's name. */
  const membersIn = name => {
    const { program, source } = fetchResponseProgram(name)
    const checker = program.getTypeChecker()
    const declaration = source.statements.flatMap(statement => (ts.isVariableStatement(statement) ? statement.declarationList.declarations : []))[0]
    const type = checker.getTypeAtLocation(declaration.name)
    const members = Object.fromEntries(type.getProperties().map(symbol => [symbol.name,
      `${isReadonly(symbol) ? 'readonly ' : ''}${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, declaration), declaration, ts.TypeFormatFlags.NoTruncation)}`]))
    return { name: checker.typeToString(type), members }
  }
  const [fallback, dom] = [membersIn('fetch-response-no-dom'), membersIn('fetch-response-dom')]
  const problems = fallback.name === 'FetchResponseMembers' ? [] : [`without the DOM lib the result is ${fallback.name}, not FetchResponseMembers`]
  if (dom.name !== 'Response') problems.push(`with the DOM lib the result is ${dom.name}, not Response`)
  for (const [member, type] of Object.entries(fallback.members)) {
    if (dom.members[member] !== type) problems.push(`${member}: the fallback says ${type}, DOM's Response ${dom.members[member] ?? 'has no such member'}`)
  }
  return problems
})

check('runtime types: a library that emits declarations can name React Native\'s inferred result without the DOM lib (programs/fetch-response-no-dom: declaration on, bundler resolution through the package\'s exports); its name, FetchResponseMembers, was exported from no entry, and TS2883 said it "cannot be named"', () => {
  const { program, source } = fetchResponseProgram('fetch-response-no-dom')
  return [...program.getSemanticDiagnostics(source), ...program.getDeclarationDiagnostics(source)]
    .map(diagnostic => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`)
})
