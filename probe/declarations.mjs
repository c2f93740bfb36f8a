// types/runtime-data.d.ts and types/runtime-data-older.d.ts, generated from data/runtime.json: the
// observation of every version range on every platform as a type, which types/runtime.d.ts reads.
// `npm run probe` writes them; `npm test` checks that the committed files are what the data gives, so the
// declarations cannot drift from the runtime.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from '../scripts/lib/consumer.mjs'
import { byVersion, lines, platforms } from './lines.mjs'
import { availability, eventOf, members } from './table.mjs'

const typesDir = join(root, 'types')

/** A JavaScript type as the probe records it, as the type the declarations give that field. */
export const declaredTypeOf = { number: 'number', string: 'string', boolean: 'boolean', 'object of strings': 'Record<string, string>' }

const objectType = fields => `{ ${Object.entries(fields).map(([key, type]) => {
  if (!declaredTypeOf[type]) throw new Error(`no declared type for a field of JavaScript type ${type}`)
  return `${key}: ${declaredTypeOf[type]}`
}).join('; ')} }`

/** The event type a cell's listeners of one kind receive ('never' where no such listener works). */
function eventType(entry, kind) {
  const received = members.filter(name => eventOf(name) === kind)
    .map(name => entry.members[name]?.listener).filter(listener => listener?.calls > 0)
  const shapes = new Set(received.map(listener => objectType(listener.receives)))
  if (shapes.size > 1) throw new Error(`${entry.line} ${entry.platform}: ${kind} listeners receive different events: ${[...shapes].join(' and ')}`)
  return [...shapes][0] ?? 'never'
}

function resolvedType(entry) {
  const { resolves } = entry
  // A promise that rejects on a completed upload (H5 3.3.18: a ReferenceError of its own) gives nothing to await.
  if (resolves.settled === 'rejected') return 'never'
  if (resolves.settled !== 'resolved') throw new Error(`${entry.first?.version ?? entry.line} ${entry.platform}: the promise ${resolves.settled}`)
  if (resolves.with === 'the fetch Response') return 'FetchResponse'
  if (resolves.fields) return objectType(resolves.fields)
  throw new Error(`${entry.line} ${entry.platform}: no declared type for a promise that resolves with ${resolves.with}`)
}

/**
 * What restricts a member, as the types read it: 'fails' (missing, or throws), 'void' (a call returns
 * undefined, not the promise), 'nocallback' (abort: it does not run a callback given to it), 'keeps'
 * (off*: a call with no argument does not remove every listener). A union of cells has each restriction
 * one of its cells has, which is what a union of platforms, or a line's releases, must be typed with. A
 * member that fails has no other: it is typed as uncallable, whatever else it would do.
 */
const restrictions = ['fails', 'void', 'nocallback', 'keeps']

function restrictionsOf(name, member) {
  if (!member || member.presence === 'absent' || member.result === 'throws') return ['fails']
  if (member.result !== 'promise' && member.result !== 'undefined') throw new Error(`${name} returns ${member.result}`)
  if (member.removesListenerOf && !Object.values(member.removesListenerOf).every(Boolean)) {
    throw new Error(`${name} does not remove the listener of ${JSON.stringify(member.removesListenerOf)}: the types assume it does`)
  }
  const all = Boolean(member.noArgument) && member.noArgument.removesEvery === true && member.noArgument.result !== 'throws'
  return [
    ...(member.result === 'undefined' ? ['void'] : []),
    ...(name === 'abort' && member.runsCallback !== true ? ['nocallback'] : []),
    ...(name.startsWith('off') && !all ? ['keeps'] : []),
  ]
}

/**
 * One cell, as the body of an interface (indented lines). `refs` gives the references to what the file
 * writes once (see renderDeclarations): `members(rows)` the cell's members' restrictions, `shape(kind,
 * type)` an event or result object type.
 */
function cellType(entry, refs) {
  // Each restriction is a union of the members it holds for ('never' for none), so that the types read a
  // union of cells with plain indexed access (no mapped type, no distribution over platforms).
  const has = new Map(members.map(name => [name, restrictionsOf(name, entry.members?.[name])]))
  const holds = restriction => members.filter(name => has.get(name).includes(restriction))
  const union = names => (names.length === 0 ? 'never' : names.map(name => `'${name}'`).join(' | '))
  const membersLine = `  members: ${refs.members(restrictions.map(restriction => `  ${restriction}: ${union(holds(restriction))}`))}`
  const none = [membersLine, '  progressEvent: never', '  headerEvent: never', '  resolves: never']
  if (!entry.published) return [`  // not published: ${entry.missing}`, ...none]
  if (entry.uploadFileThrows) return [`  // uploadFile throws ${entry.uploadFileThrows}`, ...none]
  return [
    membersLine,
    `  progressEvent: ${refs.shape('progress event', eventType(entry, 'progress'))}`,
    `  headerEvent: ${refs.shape('header event', eventType(entry, 'header'))}`,
    `  resolves: ${refs.shape('result', resolvedType(entry))}`,
  ]
}


/** Texts written once each, under the name the first one was given: `ref(text, name)` returns that name. */
function writtenOnce() {
  const names = new Map() // text → its name
  return { ref: (text, name) => names.get(text) ?? (names.set(text, name), name), entries: () => [...names] }
}

/** Items joined by '; ' after a head, on lines of at most 150 characters (the continuations indented). */
function wrapped(head, items, tail) {
  const out = [head]
  for (const [index, item] of items.entries()) {
    const text = `${item}${index < items.length - 1 ? ';' : ''}`
    if (out.at(-1).length + text.length > 150 && out.at(-1).trim()) out.push(`    ${text}`)
    else out[out.length - 1] += `${/[{ ]$/.test(out.at(-1)) ? '' : ' '}${text}`
  }
  out[out.length - 1] += tail
  return out.join('\n')
}

/** Whether the types make a range's cell `never`: Taro was not published there, or its `uploadFile` throws. */
export const typedNever = range => !range.published || Boolean(range.uploadFileThrows)

/** A range of releases as the types name it: '3.4.0–3.4.5', or '3.4.0' for one release. */
export const rangeName = (first, last) => (first === last ? first : `${first}–${last}`)

/**
 * The segments of each line: its releases cut wherever some platform's range begins, so that within a
 * segment every platform behaves the same on every release. { line, first, last, releases } each.
 */
export function segmentsOf(ranges) {
  return lines.flatMap(line => {
    const inLine = ranges.filter(range => range.line === line)
    const releases = [...new Set(inLine.flatMap(range => range.patches))].sort(byVersion)
    const starts = new Set(inLine.map(range => range.first.version))
    const segments = []
    for (const version of releases) {
      if (starts.has(version) || segments.length === 0) segments.push({ line, releases: [] })
      segments.at(-1).releases.push(version)
    }
    return segments.map(segment => ({ ...segment, first: segment.releases[0], last: segment.releases.at(-1) }))
  })
}

/**
 * The oldest line the root entry types: where `@tarojs/taro`'s peer range starts (package.json). The root
 * entry augments the types of `@tarojs/taro`, which are its runtime too, so a project that has them runs
 * one of these lines; the lines before it are typed for `/module` only.
 */
export const oldestRootLine = (() => {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).peerDependencies['@tarojs/taro']
  const found = /^>=(\d+\.\d+)\.0\b/.exec(range)
  if (!found || !lines.includes(found[1])) throw new Error(`package.json: the peer range of @tarojs/taro (${range}) starts at no probed line`)
  return found[1]
})()

/** Whether the root entry types a line (it is no older than oldestRootLine). */
export const isRootLine = line => lines.indexOf(line) >= lines.indexOf(oldestRootLine)

/** The files the declarations are written to: the root entry's lines, and the older ones (`/module` only). */
const dataFiles = { root: 'runtime-data.d.ts', older: 'runtime-data-older.d.ts' }

const mini = platforms.filter(platform => !['h5', 'rn'].includes(platform))

/**
 * The files' texts ({ [file name]: text }): each distinct observation once, named after the first range
 * it was seen in; likewise each distinct set of the members' restrictions; each distinct event or result
 * object once, as a property of \`Shapes\` named after its first range, so that platforms that deliver the
 * same object share one type (a union of them prints it once); and each distinct set of the eight
 * platforms' observations once (\`Platforms_*\`, named after the first segment it was seen in: many
 * segments share one, and each property a program parses costs it memory), the six mini programs' part
 * of it once too where several sets share it (\`MiniPrograms_*\`). A platform on which Taro was not
 * published in a segment, or whose \`uploadFile\` throws there, is \`never\`: a line's meet leaves out the
 * releases it has none on.
 * runtime-data.d.ts holds the lines from oldestRootLine on, which is all a Taro project loads (through the
 * root entry); runtime-data-older.d.ts, which `/module` loads, adds the older lines to its tables (a
 * module augmentation), and holds what only they use.
 */
export function renderDeclarations(ranges) {
  const [memberSets, shapes, named, platformSets] = [writtenOnce(), writtenOnce(), writtenOnce(), writtenOnce()]
  const nameOf = range => {
    const where = `${range.first.version.replace(/\./g, '_')}_${range.platform}`
    const body = cellType(range, {
      members: rows => memberSets.ref(rows.join('\n'), `Members_${where}`),
      shape: (kind, type) => (type.startsWith('{') ? `Shapes['${shapes.ref(type, `${kind}, ${range.first.version} ${range.platform}`)}']` : type),
    }).join('\n')
    return named.ref(body, `Observed_${where}`)
  }
  const segments = segmentsOf(ranges)
  const table = segments.map(segment => {
    const cells = platforms.map(platform => {
      const range = ranges.find(found => found.platform === platform && found.patches.includes(segment.first))
      if (!range) throw new Error(`${segment.first} ${platform}: in no range`)
      return [platform, typedNever(range) ? 'never' : nameOf(range)]
    })
    return { segment, row: `  '${rangeName(segment.first, segment.last)}': ${platformSets.ref(JSON.stringify(cells), `Platforms_${segment.first.replace(/\./g, '_')}`)}` }
  })
  const releases = line => {
    const inLine = segments.filter(segment => segment.line === line)
    return {
      line: `  '${line}': ${inLine.map(segment => `'${rangeName(segment.first, segment.last)}'`).join(' | ')}`,
      releases: inLine.map(segment => wrapped('  ', segment.releases.map(version => `'${version}': '${rangeName(segment.first, segment.last)}'`), '')),
    }
  }
  // The six mini programs' observations, written once where several sets of platforms share them.
  const sets = platformSets.entries().map(([cells, name]) => ({ name, cells: JSON.parse(cells) }))
  const miniOf = set => set.cells.filter(([platform]) => mini.includes(platform)).map(([platform, type]) => `${platform}: ${type}`)
  const miniKey = set => miniOf(set).join('; ')
  const sharing = new Map()
  for (const set of sets) sharing.set(miniKey(set), [...(sharing.get(miniKey(set)) ?? []), set.name])
  const declarations = [] // { name, text } in the order written
  for (const [rows, name] of memberSets.entries()) declarations.push({ name, text: `interface ${name} {\n${rows}\n}` })
  declarations.push({ name: 'Shapes', text: `/** Each event and result object the ranges deliver, once. */\ninterface Shapes {\n${shapes.entries().map(([type, key]) => `  '${key}': ${type}`).join('\n')}\n}` })
  for (const [body, name] of named.entries()) declarations.push({ name, text: `interface ${name} {\n${body}\n}` })
  const based = new Set()
  for (const set of sets) {
    const shared = sharing.get(miniKey(set))
    if (shared.length < 2) {
      declarations.push({ name: set.name, text: wrapped(`interface ${set.name} { `, set.cells.map(([platform, type]) => `${platform}: ${type}`), ' }') })
      continue
    }
    const base = shared[0].replace(/^Platforms_/, 'MiniPrograms_')
    if (!based.has(base)) declarations.push({ name: base, text: wrapped(`interface ${base} { `, miniOf(set), ' }') }), based.add(base)
    declarations.push({ name: set.name, text: `interface ${set.name} extends ${base} { ${set.cells.filter(([platform]) => !mini.includes(platform)).map(([platform, type]) => `${platform}: ${type}`).join('; ')} }` })
  }
  // What each file needs: the root file, everything its rows name, and what that names in turn.
  const byName = new Map(declarations.map(declaration => [declaration.name, declaration]))
  const namesIn = text => [...text.matchAll(/\b(?:Members|Observed|Platforms|MiniPrograms)_\w+|\bShapes\b/g)].map(match => match[0])
  const closure = texts => {
    const found = new Set()
    const visit = name => { if (!found.has(name) && byName.has(name)) found.add(name), namesIn(byName.get(name).text).forEach(visit) }
    texts.flatMap(namesIn).forEach(visit)
    return found
  }
  const rootRows = table.filter(({ segment }) => isRootLine(segment.line)).map(({ row }) => row)
  const olderRows = table.filter(({ segment }) => !isRootLine(segment.line)).map(({ row }) => row)
  const [inRoot, usedByOlder] = [closure(rootRows), closure(olderRows)]
  const inOlder = declarations.filter(({ name }) => !inRoot.has(name) && usedByOlder.has(name))
  const imported = [...new Set([...olderRows, ...inOlder.map(({ text }) => text)].flatMap(namesIn))].filter(name => inRoot.has(name)).sort()
  const exportIf = ({ name, text }) => (imported.includes(name) ? text.replace(/^((?:\/\*\*.*\*\/\n)?)interface /, '$1export interface ') : text)
  const rootDeclarations = declarations.filter(({ name }) => inRoot.has(name))
  const section = (list, kind, head) => {
    const texts = list.filter(({ name }) => name.startsWith(kind)).map(exportIf)
    return texts.length === 0 ? '' : `${head}\n${texts.join(kind === 'Members_' || kind === 'Observed_' ? '\n\n' : '\n')}\n\n`
  }
  const body = list => section(list, 'Members_', "/** Each set of the members' restrictions a range has, once, named after the first range it was seen in. */")
    + list.filter(({ name }) => name === 'Shapes').map(exportIf).map(text => `${text}\n\n`).join('')
    + section(list, 'Observed_', "/** Each platform's observation in a range, once, named after the first range it was seen in. */")
    + (list.some(({ name }) => /^(Platforms|MiniPrograms)_/.test(name))
      ? `/** Each set of platforms' observations a segment has, once, named after the first segment it was seen in (the mini programs' part once, where sets share it). */\n${list.filter(({ name }) => /^(Platforms|MiniPrograms)_/.test(name)).map(exportIf).join('\n')}\n\n` : '')
  const rootLines = lines.filter(isRootLine).map(releases)
  const olderLines = lines.filter(line => !isRootLine(line)).map(releases)
  const header = `// Generated by \`npm run probe\` from data/runtime.json; do not edit. \`npm test\` checks it is up to date.`
  const rootText = `${header}
// Every range of Taro releases the probe executed from ${oldestRootLine} on (where @tarojs/taro's peer range starts:
// what the root entry types), on every platform: what restricts each member (it fails: missing, or
// throws; a call returns undefined, not the promise; abort does not run a callback given to it; off* with
// no argument does not remove every listener); the listeners' fields; what the promise resolves with.
// Each distinct observation, set of restrictions, object and set of platforms is written once, named
// after the first range it was seen in. ${dataFiles.older}, which \`/module\` loads, adds the older lines.
import type { FetchResponse } from './fetch-response'

/** 探针执行过的最新版本线 / The newest line the probe executed: the default without \`Register\`. */
export type NewestLine = '${lines.at(-1)}'

/** 根入口类型化的最早版本线 / The oldest line the root entry types: where @tarojs/taro's peer range starts. */
export type OldestRootLine = '${oldestRootLine}'

/** 探针观察的成员 / The members of the task the probe observes. */
export type Member = ${members.map(name => `'${name}'`).join(' | ')}

${body(rootDeclarations)}/**
 * 每个版本范围、每个平台上 \`uploadFile\` 返回值的实测行为 / What \`uploadFile\` returned, by range of releases
 * and platform (\`never\`: not published there, or \`uploadFile\` itself throws).
 */
export interface RuntimeData {
${rootRows.join('\n')}
}

/** 根入口类型化的版本线（${oldestRootLine} 起）及其范围 / The lines the root entry types (${oldestRootLine} on), and each one's ranges. */
export interface Lines {
${rootLines.map(({ line }) => line).join('\n')}
}

/**
 * 这些版本线的每个已发布版本所在的范围 / The range of each published release of those lines (data/versions.json:
 * every release of @tarojs/taro, no pre-releases), and the lines themselves.
 */
export interface Releases extends Lines {
${rootLines.flatMap(({ releases: listed }) => listed).join('\n')}
}

// Empty here on purpose: the older lines' file adds their members (dtslint takes an empty interface for a mistake).
/** 更早的版本线（仅 \`/module\`）/ The lines before ${oldestRootLine}, for \`/module\` only: ${dataFiles.older} adds them here. */
// tslint:disable-next-line:no-empty-interface
export interface OlderLines {}

/** 更早版本线的已发布版本 / The published releases of the lines before ${oldestRootLine}: ${dataFiles.older} adds them here. */
// tslint:disable-next-line:no-empty-interface
export interface OlderReleases extends OlderLines {}

// Only NewestLine, OldestRootLine, Member, RuntimeData, Lines, Releases, OlderLines and OlderReleases are this file's exports,
// besides the declarations ${dataFiles.older} reads; the other Observed_* interfaces stay private.
export {}
`
  const olderText = `${header}
// The lines before ${oldestRootLine}, which the root entry does not type (@tarojs/taro's peer range starts at ${oldestRootLine}.0, and a
// project that has its types runs one of those releases): \`/module\` loads this file, which adds these
// lines' ranges and releases to the tables of ${dataFiles.root}, and holds what only they use.
${imported.length > 0 ? `import type { ${imported.join(', ')} } from './runtime-data'\n` : ''}
${body(inOlder)}declare module './runtime-data' {
  interface RuntimeData {
${olderRows.map(row => `  ${row}`).join('\n')}
  }

  interface OlderLines {
${olderLines.map(({ line }) => `  ${line}`).join('\n')}
  }

  interface OlderReleases {
${olderLines.flatMap(({ releases: listed }) => listed).map(text => text.split('\n').map(part => `  ${part}`).join('\n')).join('\n')}
  }
}

// This file exports nothing: its declarations stay private, and the block above adds to runtime-data.d.ts.
export {}
`
  return { [dataFiles.root]: rootText, [dataFiles.older]: olderText }
}

export function writeDeclarations(ranges) {
  for (const [file, text] of Object.entries(renderDeclarations(ranges))) writeFileSync(join(typesDir, file), text)
  writeFileSync(runtimeDeclarationsFile, renderRuntimeDocs(ranges))
}
export const declarationsUpToDate = ranges => Object.entries(renderDeclarations(ranges)).every(([file, text]) => existsSync(join(typesDir, file)) && readFileSync(join(typesDir, file), 'utf8') === text)

export const runtimeDeclarationsFile = join(root, 'types/runtime.d.ts')

/**
 * Where a member's "运行时 / Runtime:" line stands in a declaration file's text: { start, end, indent, said },
 * `said` being the line with its continuation lines (up to the next tag or blank line) joined by spaces;
 * undefined where the member's docs have no such line. The writer below and the docs test read it alike.
 */
export function runtimeLine(text, name) {
  // The member may carry modifiers (`readonly progress?:`): its docs are found all the same.
  const docs = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:readonly\\s+)?${name}\\??:`).exec(text)
  const line = docs && /\n(\s*)\* (运行时 \/ Runtime:[^\n]*(?:\n\s*\* (?!@)[^\n]+)*)/.exec(docs[1])
  if (!line) return undefined
  const start = docs.index + '/**'.length + line.index
  return { start, end: start + line[0].length, indent: line[1], said: line[2].replace(/\n\s*\* /g, ' ') }
}

/**
 * types/runtime.d.ts with each member's "运行时 / Runtime:" line rewritten from the data (availability
 * in table.mjs), wrapped after a ' · ' where it grows long; `npm test` checks each line says this.
 */
export function renderRuntimeDocs(ranges, text = readFileSync(runtimeDeclarationsFile, 'utf8')) {
  let out = text
  for (const name of members) {
    const at = runtimeLine(out, name)
    if (!at) throw new Error(`types/runtime.d.ts: ${name} has no "运行时 / Runtime:" line`)
    const lines = []
    for (const part of `运行时 / Runtime: ${availability(name, ranges)}`.split(' · ')) {
      if (lines.length > 0 && `${lines.at(-1)} · ${part}`.length > 100) lines[lines.length - 1] += ' ·', lines.push(part)
      else if (lines.length > 0) lines[lines.length - 1] += ` · ${part}`
      else lines.push(part)
    }
    out = `${out.slice(0, at.start)}${lines.map(line => `\n${at.indent}* ${line}`).join('')}${out.slice(at.end)}`
  }
  return out
}
