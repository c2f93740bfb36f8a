// Checks the hover docs of the declarations in the packed package, through the compiler API:
// - every declaration and member has a doc comment, Chinese first and English after it;
// - every UploadTask method, alias, listener and result type has `@see` with its own method's official
//   page (an alias and a listener link to their method's), and every method `@supported` naming exactly
//   the platforms its row of the Support table lists;
// - every listener method (on*, off* and the aliases) has an `@example` of the on/off pattern.
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { byVersion } from '../../probe/lines.mjs'

const chinese = /[\u4e00-\u9fff]/
const englishSentence = /(^|\n)\s*[`"A-Z][^\n]*[a-z]{3,}/
const officialLink = /^https:\/\/developers\.weixin\.qq\.com\/miniprogram\/dev\/api\/network\/upload\/UploadTask\.(\w+)\.html$/

const docsOf = node => ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc)

/** The raw text after each `@tagName` of a node's docs (the parser splits `@see https://…` into a name and a comment). */
const tagTexts = (node, tagName) => docsOf(node).flatMap(doc => doc.tags ?? [])
  .filter(tag => tag.tagName.text === tagName).map(tag => tag.getText().replace(/^@\w+/, '').replace(/\n\s*\*/g, '\n').trim())

/** The official page a member or type belongs on: an alias on its method's, a listener or result on its method's. */
export function pageOf(name) {
  const aliases = { progress: 'onProgressUpdate', headersReceived: 'onHeadersReceived', headersReceive: 'onHeadersReceived' }
  const method = name.replace(/^UploadTask\./, '').replace(/Callback(Result)?$/, '')
  const lower = method.charAt(0).toLowerCase() + method.slice(1)
  return aliases[lower] ?? lower
}

/** The problems of the @see links of the nodes given ({ node, name }): each must be its own page. */
export function checkSeeLinks(entries) {
  return entries.flatMap(({ node, name }) => {
    const pages = tagTexts(node, 'see').map(link => officialLink.exec(link)?.[1]).filter(Boolean)
    if (pages.length === 0) return [`${name}: no @see official link`]
    return pages.includes(pageOf(name)) && pages.every(page => page === pageOf(name))
      ? [] : [`${name}: @see points at ${pages.join(', ')}, not UploadTask.${pageOf(name)}`]
  })
}

/** The members of the interface named in a declaration file, as { node, name }. */
export function interfaceMembers(file, interfaceName) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found = source.statements.find(statement => ts.isInterfaceDeclaration(statement) && statement.name.text === interfaceName)
  return found ? found.members.map(member => ({ node: member, name: member.name.getText() })) : []
}
const text = comment => (typeof comment === 'string' ? comment : ts.getTextOfJSDocComment(comment) ?? '')

/** The problems of one declaration's doc comment: missing, no Chinese, or no English after the Chinese. */
function bilingual(node, name) {
  const [doc] = docsOf(node)
  const body = doc ? text(doc.comment) : ''
  const firstChinese = body.search(chinese)
  const english = englishSentence.exec(body.slice(Math.max(firstChinese, 0)))
  if (!doc) return [`${name}: no doc comment`]
  if (firstChinese < 0) return [`${name}: the doc has no Chinese`]
  if (!english) return [`${name}: the doc has no English after the Chinese`]
  return []
}

/**
 * Checks that what a user can hover in a declaration file is documented in Chinese, then English: every
 * exported interface and type alias, the members of exported interfaces, and the members of interfaces
 * inside `declare module` blocks (augmentations).
 */
export function checkExportedDocs(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const problems = []
  const visit = (node, inModule) => {
    const exported = inModule || node.modifiers?.some(modifier => modifier.kind === ts.SyntaxKind.ExportKeyword)
    if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && exported) {
      // An interface inside `declare module` is another package's (its own docs show); its members are ours.
      if (!inModule) problems.push(...bilingual(node, node.name.text))
      if (ts.isInterfaceDeclaration(node)) {
        for (const member of node.members) problems.push(...bilingual(member, `${node.name.text}.${member.name.getText()}`))
      }
      return
    }
    ts.forEachChild(node, child => visit(child, inModule || ts.isModuleDeclaration(node)))
  }
  visit(source, false)
  return problems
}

export function checkDocs(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const problems = []
  const declarations = []
  let task
  let support

  const visit = (node, path) => {
    const name = node.name && ts.isIdentifier(node.name) ? node.name.text : undefined
    const here = name ? [...path, name] : path
    if (
      ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isImportEqualsDeclaration(node) ||
      ts.isMethodSignature(node) || ts.isPropertySignature(node)
    ) {
      declarations.push({ node, name: here.join('.') })
    }
    if (ts.isInterfaceDeclaration(node) && here.join('.') === 'UploadTask') task = node
    if (ts.isInterfaceDeclaration(node) && here.join('.') === 'UploadTask.Support') support = node
    if (ts.isTypeLiteralNode(node) || ts.isMappedTypeNode(node)) return // members of anonymous types
    ts.forEachChild(node, child => visit(child, here))
  }
  visit(source, [])

  for (const { node, name } of declarations) problems.push(...bilingual(node, name))

  if (!task || !support) return [...problems, 'UploadTask or UploadTask.Support not found']
  const rows = new Map(support.members.map(member => [member.name.text, member.type]))
  const platformsOf = method => {
    const type = rows.get(method)
    if (!type) return undefined
    if (ts.isIndexedAccessTypeNode(type)) return platformsOf(type.indexType.literal.text)
    const literals = ts.isUnionTypeNode(type) ? type.types : [type]
    return literals.map(literal => literal.literal.text).sort().join(', ')
  }

  // Each method, alias, listener and result type links to its own method's page.
  problems.push(...checkSeeLinks([
    ...task.members.map(member => ({ node: member, name: `UploadTask.${member.name.text}` })),
    ...declarations.filter(({ name }) => /^UploadTask\.(On|Off)\w+Callback(Result)?$/.test(name)),
  ]))

  for (const member of task.members) {
    const method = member.name.text
    const tag = tagName => tagTexts(member, tagName)
    const listens = /^(on|off)|^(progress|headersReceived)$/.test(method)

    const supported = tag('supported').join(', ').split(/\s*,\s*/).sort().join(', ')
    if (supported !== platformsOf(method)) {
      problems.push(`UploadTask.${method}: @supported says "${supported}", the Support table says "${platformsOf(method)}"`)
    }
    if (listens) {
      const example = tag('example').join('\n')
      if (!/\.(on\w+|progress|headersReceived)\(listener\)/.test(example) || !/\.off\w+\(listener\)/.test(example)) {
        problems.push(`UploadTask.${method}: @example does not show the on/off pattern with one listener`)
      }
    }
  }
  return problems
}

/**
 * The prose of each member of UploadTaskPromise (runtime.d.ts), apart from the generated "Runtime:" line:
 * { name, chinese, english }, its first paragraph and the paragraphs after it up to that line or a tag.
 */
export function memberProse(file) {
  return interfaceMembers(file, 'UploadTaskPromise').map(({ node, name }) => {
    const [doc] = docsOf(node)
    const body = (doc ? text(doc.comment) : '').split(/\n\s*运行时 \/ Runtime:/)[0]
    const [chinese, ...english] = body.split(/\n\s*\n/)
    return { name, chinese: chinese ?? '', english: english.join('\n') }
  })
}

/** The spec this package started from is Taro 2.1.1's docs page: prose may name that version as the spec's. */
export const specVersion = '2.1.1'

/**
 * The claims the prose of the runtime members may make, each with what makes it true of a member on some
 * platform and range of the data: it chains (returns the same promise), it returns undefined, it throws.
 */
const claims = [
  { claim: 'returns the same promise', words: /同一个 promise|链式|same promise|\bchain/i, holds: member => member?.result === 'promise' },
  { claim: 'returns undefined', words: /`undefined`/, holds: member => member?.result === 'undefined' },
  { claim: 'throws', words: /抛出|\bthrows?\b/i, holds: member => member?.result === 'throws' },
]

/**
 * The platforms a clause of the prose names, each way the docs name them (微信小程序 is WeChat alone, and
 * is read before 小程序, which is the six mini programs): undefined when it names none.
 */
const platformNames = [
  [/微信小程序|WeChat/g, ['weapp']],
  [/小程序|[Mm]ini[- ]programs?/g, ['weapp', 'alipay', 'tt', 'swan', 'qq', 'jd']],
  [/H5/g, ['h5']],
  [/抖音|Douyin/g, ['tt']],
  [/支付宝|Alipay/g, ['alipay']],
  [/React Native|\bRN\b/g, ['rn']],
]
function platformsIn(clause) {
  const named = new Set()
  let rest = clause
  for (const [words, platforms] of platformNames) {
    if (words.test(rest)) platforms.forEach(platform => named.add(platform))
    rest = rest.replace(words, ' ')
  }
  return named.size > 0 ? [...named] : undefined
}

/**
 * The spans of releases a clause names, each [first, last]: "A 到 B", "A to B" and "A–B" are A to B; "A 起"
 * and "from A" are A on (no last); any other release is itself. The spec's release is the spec's, not the
 * runtime's: left out.
 */
function spansIn(clause) {
  const spans = []
  const rest = clause
    .replace(/(\d+\.\d+\.\d+)\s*(?:到|to|–)\s*(\d+\.\d+\.\d+)/g, (_, first, last) => { spans.push([first, last]); return ' ' })
    .replace(/(?:from (?:Taro )?)?(\d+\.\d+\.\d+)(?:\s*起| on\b)?/g, (match, version) => { spans.push([version, /起|from|on$/.test(match) ? undefined : version]); return ' ' })
  return rest === clause ? undefined : spans.filter(([first]) => first !== specVersion)
}

/**
 * The clauses of a paragraph: split at the end of a sentence and at a semicolon, each parenthesis a clause
 * of its own (what a parenthesis says is about its own platforms and releases, not the sentence's).
 */
function clausesOf(prose) {
  const parentheses = []
  const outside = prose.replace(/[（(]([^（）()]*)[）)]/g, (_, inside) => { parentheses.push(inside); return ' ' })
  return [...outside.split(/[。；;]|\.(?=\s|$)/), ...parentheses].map(clause => clause.replace(/\s+/g, ' ').replace(/ (?=[，、：,:])/g, '').trim()).filter(Boolean)
}

/**
 * Holds the hand-written prose of the runtime members to the data, in both languages: the Chinese and the
 * English name the same releases; each release they name is where that member's facts change on some
 * platform (the first or last release of a run of ranges in which they are the same), or the spec's; and
 * each claim of `claims` holds where its clause says: on each platform the clause names (on some platform
 * if it names none), in some range that meets the releases it names (any range if it names none).
 */
export function checkMemberProse(file, ranges) {
  const versionsIn = prose => [...new Set(prose.match(/\b\d+\.\d+\.\d+\b/g) ?? [])].sort()
  return memberProse(file).flatMap(({ name, chinese, english }) => {
    const problems = []
    const [zh, en] = [versionsIn(chinese), versionsIn(english)]
    if (zh.join() !== en.join()) problems.push(`${name}: the Chinese names ${zh.join(', ') || 'no release'}, the English ${en.join(', ') || 'no release'}`)
    const ends = new Set([specVersion])
    for (const platform of new Set(ranges.map(range => range.platform))) {
      const runs = []
      for (const range of ranges.filter(range => range.platform === platform)) {
        const member = range.members?.[name]
        const facts = JSON.stringify(range.published && !range.uploadFileThrows ? [member?.presence === 'absent' ? 'absent' : member?.result, member?.runsCallback, member?.noArgument?.removesEvery] : 'none')
        if (runs.at(-1)?.facts === facts) runs.at(-1).last = range.last.version
        else runs.push({ facts, first: range.first.version, last: range.last.version })
      }
      for (const run of runs) ends.add(run.first).add(run.last)
    }
    for (const version of new Set([...zh, ...en])) if (!ends.has(version)) problems.push(`${name}: the prose names ${version}, where the data shows no change of ${name} on any platform`)
    for (const [language, prose] of [['Chinese', chinese], ['English', english]]) {
      for (const clause of clausesOf(prose)) {
        const spans = spansIn(clause)
        const inSpans = range => !spans?.length || spans.some(([first, last]) => (last === undefined || byVersion(range.first.version, last) <= 0) && byVersion(range.last.version, first) >= 0)
        for (const { claim, words, holds } of claims.filter(({ words }) => words.test(clause))) {
          const doesIt = platform => ranges.some(range => range.published && (!platform || range.platform === platform) && inSpans(range) && holds(range.members?.[name]))
          const platforms = platformsIn(clause)
          const where = [platforms && `on ${platforms.join(', ')}`, spans?.length && `in ${spans.map(([first, last]) => (first === last ? first : last === undefined ? `${first} on` : `${first}–${last}`)).join(', ')}`].filter(Boolean).join(' ')
          const not = (platforms ?? [undefined]).filter(platform => !doesIt(platform))
          if (not.length > 0) problems.push(`${name}: the ${language} prose says it ${claim}${where ? ` ${where}` : ''} ("${clause}"), which it does not${platforms ? ` on ${not.join(', ')}` : ''} in the data`)
        }
      }
    }
    return problems
  })
}
