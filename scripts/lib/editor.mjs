// What an editor shows, asked of TypeScript's LanguageService (the service tsserver, and so VS Code,
// runs) on a consumer file that gets the package the way users do (tsconfig "types"): completions after
// `task.`, hover on a method and on a result field, go-to-definition. And the hover docs on every member
// of what `Taro.uploadFile` returns, through TypeScript 5.9's LanguageService and TypeScript 7's language
// server (programs/editor-runtime).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import rpc from 'vscode-jsonrpc/node'
import { publishedTypes } from './consumer.mjs'
import { parsedConfig, programDir } from './programs.mjs'

/**
 * A LanguageService over the program of programs/<name>/tsconfig.json, reading files from disk, made by
 * the TypeScript given (the project's, or another version's API).
 */
function languageService(name, typescript = ts) {
  const parsed = parsedConfig(name)
  return typescript.createLanguageService({
    getScriptFileNames: () => parsed.fileNames,
    getScriptVersion: () => '1',
    getScriptSnapshot: file => (typescript.sys.fileExists(file) ? typescript.ScriptSnapshot.fromString(typescript.sys.readFile(file)) : undefined),
    getCurrentDirectory: () => programDir(name),
    getCompilationSettings: () => parsed.options,
    getDefaultLibFileName: options => typescript.getDefaultLibFilePath(options),
    fileExists: typescript.sys.fileExists,
    readFile: typescript.sys.readFile,
    readDirectory: typescript.sys.readDirectory,
    directoryExists: typescript.sys.directoryExists,
    getDirectories: typescript.sys.getDirectories,
  }, typescript.createDocumentRegistry())
}

/** Returns the problems found (empty when the editor shows what users should see). */
export function checkEditor() {
  const file = join(programDir('editor'), 'test-d/editor/app.ts')
  const service = languageService('editor')
  const at = (text, plus = 0) => readFileSync(file, 'utf8').indexOf(text) + plus
  const problems = []

  const completions = service.getCompletionsAtPosition(file, at('onProgressUpdate'), {})
  const members = completions.entries.map(entry => entry.name).sort()
  const methods = ['abort', 'headersReceived', 'offHeadersReceived', 'offProgressUpdate', 'onHeadersReceived', 'onProgressUpdate', 'progress']
  if (members.join() !== methods.join()) problems.push(`completions after "task.": ${members.join(', ')}; expected ${methods.join(', ')}`)

  const hover = service.getQuickInfoAtPosition(file, at('onProgressUpdate'))
  const docs = ts.displayPartsToString(hover.documentation)
  const tags = (hover.tags ?? []).map(tag => `@${tag.name} ${ts.displayPartsToString(tag.text)}`)
  const display = ts.displayPartsToString(hover.displayParts)
  if (!/[\u4e00-\u9fff]/.test(docs) || !/Listen to upload progress/.test(docs)) problems.push(`hover on onProgressUpdate lacks the Chinese or English docs: ${docs}`)
  if (!tags.some(tag => tag.includes('https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onProgressUpdate.html'))) {
    problems.push(`hover on onProgressUpdate lacks the official link: ${tags.join(' | ')}`)
  }
  if (!/onProgressUpdate\(callback: .*OnProgressUpdateCallback\): void/.test(display)) problems.push(`hover on onProgressUpdate shows ${display}`)

  const field = ts.displayPartsToString(service.getQuickInfoAtPosition(file, at('res.progress', 'res.'.length)).displayParts)
  if (!/progress: number$/.test(field)) problems.push(`hover on res.progress shows "${field}", not a number`)

  const landed = (service.getDefinitionAtPosition(file, at('UploadTask')) ?? []).map(definition => definition.fileName)
  if (landed.length === 0 || !landed.every(path => /node_modules[\\/]taro-upload-task-types[\\/]types[\\/][^\\/]+\.d\.ts$/.test(path))) {
    problems.push(`go-to-definition on Taro.UploadTask lands in ${landed.join(', ') || 'nothing'}, not the published declarations`)
  }
  service.dispose()
  return { problems, note: `completions: ${members.length} members; definition: ${landed.map(path => path.slice(path.indexOf('taro-upload-task-types'))).join(', ')}` }
}

/**
 * The hover docs users should see on each member of what `Taro.uploadFile` returns: the first line of the
 * member's English summary in the published runtime.d.ts (its docs sit on the members of the
 * UploadTaskPromise interface itself, not behind a mapped type, which TypeScript 7's hover would not follow).
 */
function expectedMemberDocs() {
  const file = join(publishedTypes, 'runtime.d.ts')
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const task = source.statements.find(statement => ts.isInterfaceDeclaration(statement) && statement.name.text === 'UploadTaskPromise')
  return task.members.map(member => {
    const comment = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc).map(doc => ts.getTextOfJSDocComment(doc.comment) ?? '').join('\n')
    const english = comment.split('\n\n')[1].split('\n')[0].trim()
    return { name: member.name.getText(), english }
  })
}

/** The runtime program's file, and where each member is named in it. */
function runtimeFile() {
  const file = join(programDir('editor-runtime'), 'test-d/editor/runtime.ts')
  const text = readFileSync(file, 'utf8')
  return { file, text, offsetOf: name => text.indexOf(`upload.${name},`) + 'upload.'.length }
}

/** Problems with hovers given as name → text: each member's docs must show, and no union member twice. */
function hoverProblems(compiler, hovers, listenerHover) {
  const problems = expectedMemberDocs().filter(({ name, english }) => !hovers[name]?.includes(english))
    .map(({ name, english }) => `${compiler}: hover on upload.${name} does not show its docs ("${english}"); it shows: ${hovers[name] ?? 'nothing'}`)
  const members = listenerHover.match(/\{[^{}]*\}/g) ?? []
  if (members.length !== new Set(members).size) problems.push(`${compiler}: hover on a weapp | h5 progress listener's result prints a member twice: ${listenerHover}`)
  return problems
}

/** Hovers on every member through the LanguageService of the TypeScript at apiPath (5.9 for users). */
export function checkRuntimeHoversLanguageService(apiPath) {
  const typescript = createRequire(import.meta.url)(apiPath)
  const service = languageService('editor-runtime', typescript)
  const { file, text, offsetOf } = runtimeFile()
  const hoverAt = offset => {
    const info = service.getQuickInfoAtPosition(file, offset)
    return info ? `${typescript.displayPartsToString(info.displayParts)}\n${typescript.displayPartsToString(info.documentation)}` : undefined
  }
  const hovers = Object.fromEntries(expectedMemberDocs().map(({ name }) => [name, hoverAt(offsetOf(name))]))
  const listener = hoverAt(text.indexOf('result =>')) ?? ''
  service.dispose()
  return hoverProblems(`TypeScript ${typescript.version}'s LanguageService`, hovers, listener)
}

/**
 * Hovers on every member through TypeScript 7's language server (`tsc --lsp --stdio`), spoken to over
 * the Language Server Protocol with vscode-jsonrpc, as an editor does.
 */
export async function checkRuntimeHoversLanguageServer(tscCommand, version) {
  const [command, ...args] = tscCommand
  const server = spawn(command, [...args, '--lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] })
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin))
  connection.onRequest(() => null) // the server's own requests (configuration, registrations): nothing to give
  connection.listen()
  try {
    const { file, text, offsetOf } = runtimeFile()
    const uri = pathToFileURL(file).href
    const position = offset => {
      const before = text.slice(0, offset).split('\n')
      return { line: before.length - 1, character: before.at(-1).length }
    }
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(programDir('editor-runtime')).href, capabilities: {}, workspaceFolders: null })
    await connection.sendNotification('initialized', {})
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } })
    const hoverAt = async offset => {
      const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: position(offset) })
      const contents = hover?.contents
      return contents === undefined ? undefined : [contents].flat().map(part => (typeof part === 'string' ? part : part.value)).join('\n')
    }
    const hovers = {}
    for (const { name } of expectedMemberDocs()) hovers[name] = await hoverAt(offsetOf(name))
    const listener = (await hoverAt(text.indexOf('result =>'))) ?? ''
    return hoverProblems(`TypeScript ${version}'s language server`, hovers, listener)
  } finally {
    connection.dispose()
    server.kill()
  }
}
